// The search page is complete as the server rendered it (the lookup's hits, a page at a time); the box
// keeps the focus for the next search.
document.querySelector('main form.search input[type=search]')?.focus();
