// Enhances the article page the server rendered (the facts read from the article beside the sentences
// they came from, every span marked): selecting a fact marks its span and scrolls to it; selecting marked
// text selects the facts read from there; `#char=b,e` in the address selects that span's facts.
const items = [...document.querySelectorAll('li.span-fact')];
const segments = [...document.querySelectorAll('span.marked')].map((node) => ({ node, facts: node.dataset.facts.split(' ').map(Number) }));

function choose(chosen) {
  for (const item of items) item.classList.toggle('selected', chosen.includes(Number(item.dataset.fact)));
  for (const segment of segments) segment.node.classList.toggle('selected', chosen.some((id) => segment.facts.includes(id)));
}

document.querySelector('ol.span-facts')?.addEventListener('click', (event) => {
  const item = event.target.closest('li.span-fact');
  if (!item || event.target.closest('a[href]:not([href^="#"])')) return;
  const id = Number(item.dataset.fact);
  choose([id]);
  segments.find((segment) => segment.facts.includes(id))?.node.scrollIntoView({ block: 'center', behavior: 'smooth' });
});

document.querySelector('.article-text')?.addEventListener('click', (event) => {
  const node = event.target.closest('span.marked');
  if (!node) return;
  const ids = node.dataset.facts.split(' ').map(Number);
  choose(ids);
  items.find((item) => ids.includes(Number(item.dataset.fact)))?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
});

function fromAddress() {
  const wanted = /^#char=(\d+),(\d+)$/.exec(window.location.hash);
  if (!wanted) return;
  const ids = items.filter((item) => item.dataset.begin === wanted[1] && item.dataset.end === wanted[2]).map((item) => Number(item.dataset.fact));
  if (ids.length === 0) return;
  choose(ids);
  segments.find((segment) => segment.facts.includes(ids[0]))?.node.scrollIntoView({ block: 'center' });
}

window.addEventListener('hashchange', fromAddress);
fromAddress();
