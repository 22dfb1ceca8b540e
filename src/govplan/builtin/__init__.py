"""govplan's built-in formats, one module each, registered through the same hooks as any plugin."""
