// The table of the events in view (dashboard/events_table.py): sortable by any column, a row
// chosen by click or keyboard is sent back to Python (trigger "chosen": the event's id).
// Every value is set as text (textContent), never as markup: article text stays text.
// Rows are added as the table scrolls (ROWS_FIRST, then ROWS_MORE at a time): the browser lays
// out a few dozen rows for the first view instead of thousands.
const ROWS_FIRST = 50;
const ROWS_MORE = 100;

export default function ({ parentElement, data, setTriggerValue }) {
  const { columns, rows, selected, label } = data;
  let box = parentElement.querySelector(".cm-events");
  if (!box) {
    box = document.createElement("div");
    box.className = "cm-events";
    box.tabIndex = -1;
    parentElement.appendChild(box);
  }
  // the sort the analyst chose survives reruns (the component is kept, its data replaced)
  const sort = box.cmSort || (box.cmSort = { column: null, descending: false });
  box.setAttribute("aria-label", label);

  const compare = (k, sign) => (a, b) => {
    const x = rows[a][k], y = rows[b][k];
    if (x === y) return 0;
    if (x === null) return 1; // empty cells last, in both directions
    if (y === null) return -1;
    return (x < y ? -1 : 1) * sign;
  };

  const draw = () => {
    const order = rows.map((_, i) => i);
    if (sort.column !== null) order.sort(compare(sort.column, sort.descending ? -1 : 1));
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    columns.forEach((column, k) => {
      const th = document.createElement("th");
      th.scope = "col";
      if (column.numeric) th.className = "cm-num";
      const sorted = sort.column === k;
      th.setAttribute("aria-sort", sorted ? (sort.descending ? "descending" : "ascending") : "none");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = column.label + (sorted ? (sort.descending ? " ▼" : " ▲") : "");
      button.title = "Sort by " + column.label;
      button.onclick = () => {
        sort.descending = sorted ? !sort.descending : false;
        sort.column = k;
        draw();
      };
      th.appendChild(button);
      head.appendChild(th);
    });
    const body = table.createTBody();
    let shown = 0;
    const more = (n) => {
      const end = Math.min(order.length, shown + n);
      for (; shown < end; shown++) {
        const row = rows[order[shown]];
        const tr = body.insertRow();
        tr.tabIndex = 0;
        tr.dataset.uid = row[0];
        if (row[0] === selected) {
          tr.className = "cm-selected";
          tr.setAttribute("aria-selected", "true");
        }
        const choose = () => setTriggerValue("chosen", row[0]);
        tr.onclick = choose;
        tr.onkeydown = (event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            choose();
          }
        };
        row.forEach((value, k) => {
          const td = tr.insertCell();
          if (columns[k].numeric) td.className = "cm-num";
          const text = value === null ? "" : String(value);
          td.textContent = text;
          if (text.length > 40) td.title = text; // cut short by the column's width
        });
      }
    };
    more(ROWS_FIRST);
    box.onscroll = () => {
      if (shown < order.length && box.scrollTop + box.clientHeight > box.scrollHeight - 200) more(ROWS_MORE);
    };
    box.replaceChildren(table);
    box.dataset.rows = String(rows.length);
  };
  draw();
}
