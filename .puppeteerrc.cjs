// The benchmark's peers (mermaid-cli, md-to-pdf) depend on puppeteer, whose install would download a browser:
// none can be fetched here, and the system Chromium is used instead.
module.exports = { skipDownload: true };
