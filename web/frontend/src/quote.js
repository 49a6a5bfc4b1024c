// The report form's quote: the contributor selects it in the source's preserved text with the
// mouse or a finger; this module turns the selection into the exact/prefix/suffix fields of the
// TextQuoteSelector. Without JavaScript the "exact quote" field is typed or pasted instead.
const CONTEXT = 32;

// Where a point of the selection lies in the text, counted in UTF-16 units as the services count.
function offset(container, node, at) {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, at);
  return range.toString().length;
}

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
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
      return;
    }
    const all = text.textContent;
    const start = offset(text, range.startContainer, range.startOffset);
    const end = offset(text, range.endContainer, range.endOffset);
    if (end <= start) {
      return;
    }
    exact.value = all.slice(start, end);
    prefix.value = all.slice(Math.max(0, start - CONTEXT), start);
    suffix.value = all.slice(end, end + CONTEXT);
    if (shown) {
      shown.textContent = exact.value;
      shown.hidden = false;
    }
  };
  text.addEventListener('mouseup', take);
  text.addEventListener('touchend', () => setTimeout(take, 0));
  text.addEventListener('keyup', take);
  document.addEventListener('selectionchange', take);
  form.classList.add('quote-enhanced');
}

document.querySelectorAll('form[data-report]').forEach(enhance);
