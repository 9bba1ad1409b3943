// Since ES2019, Array.prototype.sort must be stable:
// equal elements keep their order.
const people = [['Dana', 2], ['Ali', 1], ['Chen', 2], ['Bo', 1], ['Eve', 2]];

const byGroup = [...people].sort((a, b) => a[1] - b[1]);
for (const [name, group] of byGroup) {
  console.log(group, name);
}

// Stability lets you sort by several keys in passes:
// secondary key first, primary key last.
const compareNames = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const byName = [...people].sort(compareNames);
const byGroupThenName = [...byName].sort((a, b) => a[1] - b[1]);
console.log(JSON.stringify(byGroupThenName.map(([name]) => name)));
