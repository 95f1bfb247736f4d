import type { ServerResponse } from 'node:http';

/** Where the injected script listens; a path no site file can have (the site never has a `__salesplan` folder). */
export const EVENTS_PATH = '/__salesplan/events';

/** One problem as the overlay shows it; the page builds the DOM with textContent, so nothing here is HTML. */
export interface OverlayMessage {
  location: string;
  severity: string;
  message: string;
}

/**
 * The only script a page ever gets, and only from the dev server: it reloads the page when a rebuild
 * succeeded and shows the plan's errors over the page while there are any.
 */
export const RELOAD_SCRIPT = `<script data-salesplan-dev>
(() => {
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  const id = 'salesplan-dev-overlay';
  const clear = () => document.getElementById(id)?.remove();
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('ok', clear);
  events.addEventListener('errors', (event) => {
    clear();
    const list = JSON.parse(event.data);
    const box = document.createElement('div');
    box.id = id;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem';
    const title = document.createElement('h2');
    title.textContent = 'The plan has errors: the page shows the last good build.';
    title.style.cssText = 'color:#ff8a80;font-size:1.1rem;margin:0 0 1rem';
    const ul = document.createElement('ul');
    ul.style.cssText = 'list-style:none;margin:0;padding:0';
    for (const m of list) {
      const li = document.createElement('li');
      li.style.cssText = 'margin:0 0 .75rem';
      const where = document.createElement('code');
      where.textContent = m.location;
      where.style.color = '#ffd180';
      li.append(where, ' ' + m.severity + ': ' + m.message);
      ul.append(li);
    }
    box.append(title, ul);
    document.body.append(box);
  });
})();
</script>`;

/** Adds the reload script to a page served by the dev server, just before `</body>` (or at the end). */
export function injectReload(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + RELOAD_SCRIPT : `${html.slice(0, at)}${RELOAD_SCRIPT}\n${html.slice(at)}`;
}

/** The open event streams of every page being viewed. */
export class LiveReload {
  readonly #clients = new Set<ServerResponse>();
  #state: { event: 'ok' | 'errors'; data: string } = { event: 'ok', data: '{}' };

  /** Opens a stream; a page that connects while the plan has errors gets the overlay at once. */
  connect(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write('retry: 500\n\n');
    this.#clients.add(res);
    res.on('close', () => this.#clients.delete(res));
    if (this.#state.event === 'errors') this.#send(res, this.#state.event, this.#state.data);
  }

  reload(): void {
    this.#state = { event: 'ok', data: '{}' };
    this.#broadcast('reload', '{}');
  }

  errors(messages: OverlayMessage[]): void {
    this.#state = { event: 'errors', data: JSON.stringify(messages) };
    this.#broadcast('errors', this.#state.data);
  }

  get clients(): number {
    return this.#clients.size;
  }

  close(): void {
    for (const res of this.#clients) res.end();
    this.#clients.clear();
  }

  #broadcast(event: string, data: string): void {
    for (const res of this.#clients) this.#send(res, event, data);
  }

  #send(res: ServerResponse, event: string, data: string): void {
    res.write(`event: ${event}\ndata: ${data}\n\n`);
  }
}
