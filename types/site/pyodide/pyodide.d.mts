// The site's own copy of Pyodide (site/pyodide/pyodide.mjs, copied from the npm
// package by the build) has the npm package's types. jsconfig.json's `rootDirs`
// lays this folder over widgets/theme/, so that worker.mjs's
// `import … from "../../pyodide/pyodide.mjs"` finds them. Types only: never built
// into the site.
export * from "pyodide";
