"""Reading Chinese plan text: decoding, web-page furniture, numbering, responsibilities, metrics,
deadlines and metadata. Each module does one of these; :mod:`govplan.text.reader` puts them together."""
