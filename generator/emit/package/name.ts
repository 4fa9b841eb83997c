/** The generator's name, as banners and manifests give it. */
export const GENERATOR_NAME = "graph-schema-codegen";
