// forEach and sort call their callbacks synchronously:
// everything below prints in source order.
const words = ['kiwi', 'fig', 'banana', 'plum', 'apple'];

console.log('before forEach()');
words.forEach((word, index) => {
  console.log(`  callback(${JSON.stringify(word)}, ${index})`);
});
console.log('after forEach()');

let calls = 0;
const sorted = [...words].sort((a, b) => {
  calls++; // how many calls is up to the engine; we only print whether it ran
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
});
console.log(`after sort(): comparator called: ${calls > 0 ? 'yes' : 'no'}`);
console.log(JSON.stringify(sorted));
