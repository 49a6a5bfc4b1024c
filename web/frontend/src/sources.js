// The registered-source picker of the report form. Without JavaScript the search field is a plain
// GET form whose answer lists the matches; with it, matches follow the words as they are typed:
// the same page is asked for with the words, and its list replaces this one. Only this site is
// called (connect-src 'self'), with the page's own cookies.
const WAIT_MS = 250;

function enhance(form) {
  const field = form.querySelector('input[name="q"]');
  const matches = document.querySelector('[data-source-matches]');
  if (!field || !matches) {
    return;
  }
  let timer = null;
  let asked = 0;
  const refresh = async () => {
    const words = field.value.trim();
    const ask = ++asked;
    const address = '/report?q=' + encodeURIComponent(words);
    try {
      const response = await fetch(address, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      if (!response.ok || ask !== asked) {
        return;
      }
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const found = page.querySelector('[data-source-matches]');
      if (!found || ask !== asked) {
        return;
      }
      matches.replaceChildren(...Array.from(found.childNodes).map((node) => document.importNode(node, true)));
      matches.hidden = false;
      // the address names the search, so going back or sharing it shows the same list
      history.replaceState(null, '', address);
    } catch {
      // the plain form still works: the contributor presses the button
    }
  };
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, WAIT_MS);
  });
  // pressing the button (or Enter) still loads the page itself: an ID or an address then opens its source
  form.addEventListener('submit', () => clearTimeout(timer));
}

document.querySelectorAll('form[data-source-search]').forEach(enhance);
