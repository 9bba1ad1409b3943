// Predicates: filter() asks about every element; findIndex() stops at the first yes,
// which with splice() gives XCheckIfEvent's "take the first match out of the queue".
const queue = [['KeyPress', 1], ['Expose', 2], ['Expose', 1], ['ButtonPress', 1]];

const isExposeFor = (window) => ([type, w]) => {
  console.log(`  predicate asked about ${type} on window ${w}`);
  return type === 'Expose' && w === window;
};

console.log(`all matches: ${JSON.stringify(queue.filter(isExposeFor(1)))}`);

const i = queue.findIndex(isExposeFor(2));
const [taken] = queue.splice(i, 1); // i is -1 when nothing matched: check it in real code
console.log(`taken: ${JSON.stringify(taken)}`);
console.log(`still queued: ${JSON.stringify(queue)}`);
