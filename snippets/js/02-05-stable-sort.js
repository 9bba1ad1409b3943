// Since ES2019, Array.prototype.sort must be stable:
// equal elements keep their order.
const people = [['Dana', 2], ['Ali', 1], ['Chen', 2], ['Bo', 1], ['Eve', 2]];

const byGroup = [...people].sort((a, b) => a[1] - b[1]);
for (const [name, group] of byGroup) {
  console.log(group, name);
}
