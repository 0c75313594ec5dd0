// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; a browser always has it.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, {
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  });
}
