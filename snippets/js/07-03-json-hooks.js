// JSON.parse's reviver and JSON.stringify's replacer: the callback's
// return value replaces the value. A reviver that returns undefined
// deletes the property; a replacer's undefined drops an object property
// but becomes null in an array.
const text =
  '{"title":"launch","when":{"$date":"2024-05-01"},' +
  '"secret":"x","tags":["a","b"]}';

const doc = JSON.parse(text, function reviver(key, value) {
  // Called bottom-up: children before the object that holds them; the
  // root last, with key "".
  console.log(`  reviver(${JSON.stringify(key)})`);
  if (key === 'secret') return undefined;
  if (value && typeof value === 'object' && '$date' in value) {
    return new Date(value.$date);
  }
  return value;
});
const keys = Object.keys(doc).join(', ');
console.log(`when is a Date: ${doc.when instanceof Date}; keys: ${keys}`);

const out = JSON.stringify(doc, function replacer(key, value) {
  // Called top-down: the root first (key ""). A value's toJSON() runs
  // before the replacer sees it, so the Date arrives here already
  // turned into a string.
  console.log(`  replacer(${JSON.stringify(key)}, ${typeof value})`);
  return key === 'tags' ? value.length : value;
});
console.log(out);
