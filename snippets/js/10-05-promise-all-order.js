// Promise.all keeps the input order, even when the promises settle in the
// opposite order.
const resolvers = [];
const promises = ['a', 'b', 'c'].map(
  (name) => new Promise((resolve) => resolvers.push(() => resolve(name))),
);

Promise.all(promises).then((values) => {
  console.log(`Promise.all: ${JSON.stringify(values)}`);
});

// Settle them last-to-first, on purpose.
for (let i = resolvers.length - 1; i >= 0; i--) {
  console.log(`settling promise ${i}`);
  resolvers[i]();
}
