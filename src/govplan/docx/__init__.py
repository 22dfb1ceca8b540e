"""Reading Word (.docx) documents: the package (zip) safely, automatic numbering as Word shows it,
and the body turned into the logical lines the text reader parses."""
