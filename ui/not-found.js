// The page for an IRI the graph does not mention is rendered by the server; nothing to add.
