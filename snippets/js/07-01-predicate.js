// Predicates: filter() asks about every element; findIndex() stops at
// the first yes, which with splice() gives XCheckIfEvent's "take the
// first match out of the queue".
const queue = [
  ['KeyPress', 1], ['Expose', 2], ['Expose', 1], ['ButtonPress', 1],
];

const isExposeFor = (window) => ([type, w]) => {
  console.log(`  predicate asked about ${type} on window ${w}`);
  return type === 'Expose' && w === window;
};

// Like XCheckIfEvent: take the first event the predicate accepts out of
// the queue, or return null.
function checkIfEvent(events, predicate) {
  const i = events.findIndex(predicate); // -1: no event was accepted
  return i === -1 ? null : events.splice(i, 1)[0];
}

const all = queue.filter(isExposeFor(1));
console.log(`all matches: ${JSON.stringify(all)}`);
const taken = checkIfEvent(queue, isExposeFor(2));
console.log(`taken: ${JSON.stringify(taken)}`);
const none = checkIfEvent(queue, isExposeFor(3));
console.log(`none for window 3: ${JSON.stringify(none)}`);
console.log(`still queued: ${JSON.stringify(queue)}`);
