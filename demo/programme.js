// The cross-links of the programme page, in the page's own script (no inline script under its CSP). The
// elements need nothing else: each reads the same file by itself.
const table = document.querySelector('poplus-participant-table');

/** `#speaker=<id>` in the address: show that speaker's row in the table (after a click, or a shared link). */
async function showSpeakerFromAddress() {
  const id = new URLSearchParams(location.hash.slice(1)).get('speaker');
  if (!id || !table) return;
  await customElements.whenDefined('poplus-participant-table');
  // A shared link opens before the table has read its file: try again once it has.
  if (!(await table.showRecord(id))) {
    await new Promise((resolve) => table.addEventListener('poplus-load', resolve, { once: true }));
    await table.showRecord(id);
  }
}

// A speaker chosen in the programme: the link's own address change is enough (no reload, no scroll jump).
window.addEventListener('hashchange', showSpeakerFromAddress);
void showSpeakerFromAddress();
