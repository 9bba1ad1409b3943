// A blocking callback's throw travels up through map(), which does not
// catch it, to the code that called map().
const items = ['3.5', '1.25', 'n/a', '2'];

function price(item) {
  console.log(`  callback(${JSON.stringify(item)})`);
  const n = Number(item);
  if (Number.isNaN(n)) throw new TypeError(`not a price: ${item}`);
  return n;
}

try {
  console.log(items.map(price));
} catch (err) {
  console.log(`caught ${err.name}: ${err.message}`);
  console.log('(the fourth item was never visited)');
}
