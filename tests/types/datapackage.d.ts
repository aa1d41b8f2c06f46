/** The part of the `datapackage` (frictionlessdata/datapackage-js) API the tests use; the package ships no types. */
declare module 'datapackage' {
  interface Resource {
    valid: boolean;
    errors: Error[];
    tabular: boolean;
    read(options?: { keyed?: boolean }): Promise<Record<string, unknown>[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resourceNames: string[];
    getResource(name: string): Resource | null;
  }
  const datapackage: {
    Package: { load(descriptor: string | object, basePath?: string): Promise<Package> };
  };
  export default datapackage;
}
