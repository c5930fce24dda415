// Module hooks for the benchmarks that import route modules outside Vite: an asset imported as a
// URL (`import sheet from "~/styles/x.css?url"`) becomes a module whose default export is a fixed
// string, as Vite would give a hashed URL. Everything else resolves as before.
export async function resolve(specifier, context, nextResolve) {
  if (/\.(css|svg|png|woff2?)\?url$/.test(specifier)) {
    const name = specifier.replace(/^.*\//, "").replace(/\?url$/, "");
    return {
      url: `data:text/javascript,export default ${encodeURIComponent(JSON.stringify(`/assets/${name}`))};`,
      shortCircuit: true,
    };
  }
  return nextResolve(specifier, context);
}
