// PostGraphile v5 declares Node >= 22 and calls Promise.withResolvers (Node 22); on Node 20
// every query fails without it. Loaded with `node --import` into the PostGraphile process only.
if (!Promise.withResolvers) {
  Promise.withResolvers = () => {
    let resolve;
    let reject;
    const promise = new Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  };
}
