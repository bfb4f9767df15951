// The statement page is complete as the server rendered it (the fact, its sentence with the span
// marked, its qualifiers and citations); nothing to add.
