// The DOM's event API without a browser: Node has EventTarget and Event
// built in. In a page, `ok` would be document.querySelector('button')
// and the user would click; here a scripted queue of events,
// dispatched by timers, stands in for the user.
const ok = new EventTarget();
const quit = new EventTarget();
let count = 0;
let open = true;

ok.addEventListener('click', (event) => {
  count += 1;
  console.log(`  ok listener: ${event.type} number ${count}`);
});
quit.addEventListener('click', () => {
  console.log('  quit listener: closing');
  open = false;
});

const script = [
  [ok, 'click'], [ok, 'keydown'], [ok, 'click'], [quit, 'click'],
  [ok, 'click'],
];
function next() {
  const step = script.shift();
  if (!open) {
    // The window is closed: this event and any after it are dropped.
    const dropped = (step ? 1 : 0) + script.length;
    console.log(`window closed: ${dropped} scripted event(s) discarded`);
  }
  if (!step || !open) {
    // No new timer is set, so nothing is pending.
    console.log('nothing pending: the loop has nothing to do and Node exits');
    return;
  }
  const [target, type] = step;
  console.log(`loop: ${type} on ${target === ok ? 'OK' : 'Quit'}`);
  // A keydown has no listener: nothing runs.
  target.dispatchEvent(new Event(type));
  setTimeout(next, 1); // the next event arrives later, like user input
}

setTimeout(next, 1);
console.log('setup done; the script ends and the event loop takes over');
