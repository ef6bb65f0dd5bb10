/** The version of the catalog model: source schema, publication and widgets agree on it. */
export const SCHEMA_VERSION = 1;
