// The report form's quote: the contributor selects it in the source's text with the mouse or a
// finger; this module turns the selection into the exact/prefix/suffix fields of the
// TextQuoteSelector. Without JavaScript the "exact quote" field is typed or pasted instead.
const CONTEXT = 32;

function enhance(form) {
  const text = form.querySelector('[data-quote-source]');
  const exact = form.querySelector('[name="exact"]');
  const prefix = form.querySelector('[name="prefix"]');
  const suffix = form.querySelector('[name="suffix"]');
  const shown = form.querySelector('[data-quote-shown]');
  if (!text || !exact || !prefix || !suffix) {
    return;
  }
  const take = () => {
    const start = text.selectionStart;
    const end = text.selectionEnd;
    if (typeof start !== 'number' || end <= start) {
      return;
    }
    const all = text.value;
    exact.value = all.slice(start, end);
    prefix.value = all.slice(Math.max(0, start - CONTEXT), start);
    suffix.value = all.slice(end, end + CONTEXT);
    if (shown) {
      shown.textContent = exact.value;
      shown.hidden = false;
    }
  };
  text.addEventListener('select', take);
  text.addEventListener('mouseup', take);
  text.addEventListener('touchend', () => setTimeout(take, 0));
  text.addEventListener('keyup', take);
  document.addEventListener('selectionchange', () => {
    if (document.activeElement === text) {
      take();
    }
  });
  form.classList.add('quote-enhanced');
}

document.querySelectorAll('form[data-report]').forEach(enhance);
