// Every page is prerendered; DuckDB in the browser answers only what the reader changes.
export const prerender = true;
export const trailingSlash = 'never';
