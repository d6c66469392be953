// What the Worker bundle imports that is not JavaScript (tsup.worker.config.ts): a `.wasm` file is a separate module
// of the upload, which Workers hand over compiled; a `.ttf` font is inlined as bytes (esbuild's binary loader).

declare module '*.wasm' {
	const compiled: WebAssembly.Module;
	export default compiled;
}

declare module '*.ttf' {
	const bytes: Uint8Array;
	export default bytes;
}
