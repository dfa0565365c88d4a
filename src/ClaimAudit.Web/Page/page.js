"use strict";
// The ClaimAudit page (PRODUCT.md section 14): no framework, no third-party code. Served by the Functions app
// (data-needs-key="true": the clinic key is sent as X-Api-Key) and by `claimaudit serve` (no key).
(() => {
  const body = document.body;
  const needsKey = body.dataset.needsKey === "true";
  const maxPost = body.dataset.maxPostBytes ? Number(body.dataset.maxPostBytes) : null;
  const KEY = "claimaudit.key";
  // The list is polled while a batch is being audited: every 2 s at first, backing off to 15 s while nothing changes,
  // and not at all after 10 minutes without a change (the page says so and offers a refresh).
  const REFRESH_MS = 2000;
  const REFRESH_MAX_MS = 15000;
  const GIVE_UP_MS = 10 * 60 * 1000;
  // The longest range the page asks for, in the user's own days (the server allows two more: the day either side the
  // page adds for the browser's time zone).
  const MAX_RANGE_DAYS = 366;
  // A posted batch's JSON report is read whole only up to this size; a larger one is summarised from the batch list.
  const MAX_REPORT_READ = 20 * 1024 * 1024;
  const $ = (selector) => document.querySelector(selector);
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
  const count = new Intl.NumberFormat("en-US");

  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value === null || value === undefined) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name.startsWith("data-") || name.startsWith("aria-") || name === "role" || name === "href" || name === "download") node.setAttribute(name, value);
      else node[name] = value;
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  };
  const plural = (n, word) => `${count.format(n)} ${word}${n === 1 ? "" : "s"}`;

  // ---- the clinic key ----------------------------------------------------------------------------------
  const storedKey = () => (needsKey ? sessionStorage.getItem(KEY) || "" : "");
  const apiHeaders = (extra) => {
    const headers = Object.assign({}, extra);
    const key = storedKey();
    if (key) headers["X-Api-Key"] = key;
    return headers;
  };

  function showKeyState() {
    if (!needsKey) return;
    $("#key-section").hidden = false;
    const has = storedKey() !== "";
    $("#key-form").hidden = has;
    $("#key-help").hidden = has;
    $("#key-state").hidden = !has;
  }

  // ---- messages ----------------------------------------------------------------------------------------
  const messages = $("#messages");
  function say(kind, status, lead, lines, list) {
    const box = el("div", { class: `message ${kind}`, "data-status": status === null ? null : String(status) });
    const dismiss = el("button", { type: "button", class: "dismiss", text: "Dismiss", "aria-label": "Dismiss message" });
    dismiss.addEventListener("click", () => box.remove());
    box.append(dismiss, el("strong", { text: lead }));
    for (const line of lines) if (line) box.append(el("p", { text: line }));
    if (list && list.length) box.append(el("ul", {}, ...list.map((item) => el("li", { text: item }))));
    messages.prepend(box);
    while (messages.children.length > 6) messages.lastElementChild.remove();
    return box;
  }

  const LEADS = {
    0: "Could not reach the server: check the connection and try again.",
    401: "The clinic key was not accepted — check it.",
    403: "The clinic key was not accepted — check it.",
    413: "The file is too large to post.",
    415: "This kind of file cannot be audited.",
    503: "The service is busy: try again in a minute.",
  };

  // Under claimaudit serve there is no key: a 403 is a request from another site's page, a 503 serve stopping (its detail says so).
  const SERVE_LEADS = Object.assign({}, LEADS, {
    401: "",
    403: "serve takes files only from its own page: open it at its own address.",
    503: "",
  });

  /** Shows an API error as its problem details say it: title, detail and the first few errors. */
  function sayProblem(response, what) {
    const status = response.status;
    let problem = null;
    try {
      if (response.text && /json/.test(response.contentType || "")) problem = JSON.parse(response.text);
    } catch (_) { problem = null; }
    const plain = (needsKey ? LEADS[status] : SERVE_LEADS[status]) || (status >= 500 ? "The server could not do it." : "");
    const lead = what ? `${what}.${plain ? " " + plain : ""}` : plain || "The request was refused.";
    const lines = [];
    if (problem && (problem.title || problem.detail)) lines.push([problem.title, problem.detail].filter(Boolean).join(" — "));
    else if (status === 0) lines.push("No answer from the server.");
    else lines.push(`HTTP ${status}${response.text ? ": " + response.text.slice(0, 300) : ""}`);
    let list = [];
    if (problem && Array.isArray(problem.errors) && problem.errors.length > 1) {
      list = problem.errors.slice(0, 5).map(String);
      if (problem.errors.length > 5) list.push(`and ${count.format(problem.errors.length - 5)} more`);
    }
    if (status === 401 && needsKey) {
      sessionStorage.removeItem(KEY);
      showKeyState();
    }
    return say("error", status, lead, lines, list);
  }

  /**
   * Shows a refusal of the storage PUT. Storage answers in XML (<Error><Code/><Message/></Error>): its Message is
   * shown, never the raw XML; and the lead is about the upload link, not the clinic key (storage never sees the key).
   */
  function sayStorageRefusal(response, what) {
    const status = response.status;
    const lead = status === 0
      ? `${what}. Could not reach the storage service: check the connection and try again.`
      : `${what}. The upload link was refused or has expired — try again.`;
    let code = "";
    let text = "";
    if (response.text) {
      const xml = new DOMParser().parseFromString(response.text, "application/xml");
      if (!xml.querySelector("parsererror")) {
        code = (xml.querySelector("Error > Code")?.textContent || "").trim();
        // Storage appends RequestId and Time lines to the message: only its first line is for people.
        text = (xml.querySelector("Error > Message")?.textContent || "").trim().split(/\r?\n/)[0];
      }
    }
    const line = status === 0 ? "No answer from storage."
      : text ? `Storage said (HTTP ${status}${code ? ", " + code : ""}): ${text}` : `Storage answered HTTP ${status}.`;
    return say("error", status, lead, [line]);
  }

  // ---- HTTP --------------------------------------------------------------------------------------------
  /**
   * One request by XMLHttpRequest (upload progress, which fetch cannot report). Resolves with
   * {status, contentType, text, header(name)}; status 0 is a network failure. With maxRead, a response longer
   * than that is not read (the request is aborted once its headers are in: the server has done its work).
   */
  function send(method, url, { headers = {}, body = null, onProgress = null, maxRead = null } = {}) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open(method, url);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      if (onProgress) xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
      let done = false;
      const finish = (skipped) => {
        if (done) return;
        done = true;
        resolve({
          status: xhr.status,
          contentType: xhr.getResponseHeader("Content-Type") || "",
          text: skipped ? null : xhr.responseText,
          header: (name) => xhr.getResponseHeader(name),
        });
      };
      xhr.onreadystatechange = () => {
        if (maxRead !== null && xhr.readyState === XMLHttpRequest.HEADERS_RECEIVED && xhr.status >= 200 && xhr.status < 300
          && Number(xhr.getResponseHeader("Content-Length") || 0) > maxRead) {
          finish(true);
          xhr.abort();
        }
      };
      xhr.onload = () => finish(false);
      xhr.onerror = () => { done = true; resolve({ status: 0, contentType: "", text: "", header: () => null }); };
      xhr.send(body);
    });
  }

  const apiGet = (url, accept) => send("GET", url, { headers: apiHeaders({ Accept: accept || "application/json" }) });

  // ---- batches -----------------------------------------------------------------------------------------
  const tbody = $("#batches tbody");
  const pending = new Map(); // local id → {file, status, progress, since, uploaded, blobFile}
  let pendingSeq = 0;
  let refreshTimer = null;
  let listed = [];
  // The names this tab gave its batches (the name the user chose, even where the upload had to be renamed) and the ids
  // of the batches it sent: those are shown whatever the range, so a tab never loses sight of what it sent.
  const postedNames = new Map();
  const sentIds = new Set();
  let firstSent = null; // when this tab first sent a file (ms)
  // List requests are numbered: a response older than the last one applied is dropped (they can overlap: a finished
  // file, the timer and the date inputs each ask).
  let listSeq = 0;
  let appliedSeq = 0;
  // Polling back-off: the delay grows while nothing changes, and polling stops GIVE_UP_MS after the last change.
  let pollDelay = REFRESH_MS;
  let lastChange = Date.now();
  let lastSignature = "";
  let stalledBox = null;

  const isoDay = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  const addDays = (day, n) => {
    const [y, m, d] = day.split("-").map(Number);
    return isoDay(new Date(y, m - 1, d + n));
  };
  const daysIn = (from, to) => {
    const utc = (day) => { const [y, m, d] = day.split("-").map(Number); return Date.UTC(y, m - 1, d); };
    return Math.round((utc(to) - utc(from)) / 86400000) + 1;
  };

  // The range the page set itself: while the inputs still hold it, it follows the calendar (a tab left open past midnight).
  let defaults = null;
  function defaultRange() {
    const today = isoDay(new Date());
    defaults = { from: addDays(today, -30), to: today };
    $("#to").value = defaults.to;
    $("#from").value = defaults.from;
  }
  function followToday() {
    if (defaults && $("#from").value === defaults.from && $("#to").value === defaults.to && defaults.to !== isoDay(new Date())) defaultRange();
  }

  const listUrl = (from, to) => `/api/audits?from=${from}&to=${to}`;

  /** The days this tab sent batches on, when the chosen range does not cover them all (null when it does). */
  function ownRange(from, to) {
    if (firstSent === null) return null;
    const today = isoDay(new Date());
    let first = isoDay(new Date(firstSent));
    if (daysIn(first, today) > MAX_RANGE_DAYS) first = addDays(today, 1 - MAX_RANGE_DAYS);
    return from <= first && to >= today ? null : { from: first, to: today };
  }

  /** Restarts polling at its quickest, as when the user asks for the list again. */
  function restartPolling() {
    pollDelay = REFRESH_MS;
    lastChange = Date.now();
    if (stalledBox) { stalledBox.remove(); stalledBox = null; }
  }

  async function loadBatches() {
    clearTimeout(refreshTimer);
    refreshTimer = null;
    if (needsKey && !storedKey()) { render(); return; }
    followToday();
    const from = $("#from").value;
    const to = $("#to").value;
    if (!from || !to) return;
    if (from > to) {
      say("error", null, "The range is backwards.", [`“From” (${from}) is after “to” (${to}).`]);
      return;
    }
    if (daysIn(from, to) > MAX_RANGE_DAYS) {
      say("error", null, "The range is too long.", [`${from} to ${to} is ${count.format(daysIn(from, to))} days: show at most ${MAX_RANGE_DAYS} days at a time.`]);
      return;
    }
    const seq = ++listSeq;
    // The server counts days in UTC; the inputs are local days: ask for a day either side and keep the local ones.
    const asks = [apiGet(listUrl(addDays(from, -1), addDays(to, 1)))];
    const own = ownRange(from, to);
    if (own) asks.push(apiGet(listUrl(addDays(own.from, -1), addDays(own.to, 1))));
    const responses = await Promise.all(asks);
    if (seq <= appliedSeq) return; // a newer list is already shown
    appliedSeq = seq;
    const refused = responses.find((r) => r.status !== 200);
    if (refused) {
      sayProblem(refused, "The batches could not be listed");
      // The server or the network is down: ask less and less often, not every 2 s for 10 minutes.
      pollDelay = Math.min(Math.round(pollDelay * 1.5), REFRESH_MAX_MS);
      scheduleRefresh();
      return;
    }
    const byId = new Map();
    for (const response of responses) for (const b of JSON.parse(response.text).batches) byId.set(b.batchId, b);
    const all = [...byId.values()].sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
    settleUploads(all);
    listed = all.filter((b) => {
      const day = isoDay(new Date(b.receivedAt));
      return (day >= from && day <= to) || sentIds.has(b.batchId);
    });
    noteChange();
    render();
    scheduleRefresh();
  }

  // An upload's batch appears in the list under the name the API issued for its blob once the trigger has picked it up.
  function settleUploads(all) {
    for (const [id, p] of pending) {
      if (!p.uploaded) continue;
      const match = all.find((b) => b.source === "blob" && b.file === p.blobFile);
      if (!match) continue;
      pending.delete(id);
      sentIds.add(match.batchId);
      postedNames.set(match.batchId, p.file);
    }
  }

  function noteChange() {
    const signature = JSON.stringify([[...pending.keys()], listed.map((b) => [b.batchId, b.status])]);
    if (signature !== lastSignature) {
      lastSignature = signature;
      restartPolling();
    } else {
      pollDelay = Math.min(Math.round(pollDelay * 1.5), REFRESH_MAX_MS);
    }
  }

  function scheduleRefresh() {
    const busy = pending.size > 0 || listed.some((b) => b.status === "received");
    if (!busy || refreshTimer !== null) return;
    if (Date.now() - lastChange >= GIVE_UP_MS) {
      sayStalled();
      return;
    }
    refreshTimer = setTimeout(loadBatches, pollDelay);
  }

  function sayStalled() {
    if (stalledBox && stalledBox.isConnected) return;
    stalledBox = say("notice", null, "A batch is still being audited.",
      [`Nothing has changed for ${GIVE_UP_MS / 60000} minutes, so the list is no longer refreshed on its own. Large files take a while: refresh later to see it done.`]);
    const refresh = el("button", { type: "button", class: "refresh", text: "Refresh" });
    refresh.addEventListener("click", () => { restartPolling(); loadBatches(); });
    stalledBox.append(refresh);
  }

  function statusWords(b) {
    if (b.status === "received") return "auditing…";
    if (b.status === "audited") return "done";
    if (b.status === "failed") return `failed: ${b.error || "unknown reason"}`;
    return b.status;
  }

  function reportLink(b, format, label) {
    const a = el("a", { href: b.reports[format], "data-report": format, text: label });
    if (format === "html") a.setAttribute("aria-label", `Open the report of ${postedNames.get(b.batchId) || b.file || b.batchId} in a new tab`);
    else a.setAttribute("aria-label", `Download the ${format.toUpperCase()} report of ${postedNames.get(b.batchId) || b.file || b.batchId}`);
    a.addEventListener("click", (e) => {
      e.preventDefault();
      openReport(b.batchId, format, a.href);
    });
    return a;
  }

  function batchRow(b) {
    const name = postedNames.get(b.batchId) || b.file;
    const tr = el("tr", { "data-batch-id": b.batchId, "data-status": b.status });
    const received = new Date(b.receivedAt);
    tr.append(
      el("td", {}, el("time", { dateTime: b.receivedAt, text: received.toLocaleString() })),
      el("td", {}, name ? el("span", { text: name }) : null, el("span", { class: name ? "sub" : "", text: b.batchId })),
      el("td", { class: "status" }, el("span", { text: statusWords(b) }),
        b.status === "audited" && b.rejectedRows > 0 ? el("span", { class: "sub", text: `${plural(b.rejectedRows, "row")} rejected` }) : null),
      el("td", { class: "num", text: b.status === "audited" ? count.format(b.visits) : "" }),
      el("td", { class: "num", text: b.cleanClaimRate === null || b.cleanClaimRate === undefined ? "" : `${(b.cleanClaimRate * 100).toFixed(1)}%` }),
      el("td", { class: "num", text: b.status === "audited" ? money.format(b.atRisk) : "" }),
      el("td", { class: "reports" }, ...(b.reports ? [reportLink(b, "html", "Open report"), reportLink(b, "csv", "CSV"), reportLink(b, "json", "JSON")] : [])),
    );
    return tr;
  }

  function pendingRow(id, p) {
    const tr = el("tr", { "data-batch-id": id, "data-status": "uploading" });
    const status = el("td", { class: "status" }, el("span", { text: p.uploaded ? "auditing…" : p.status }));
    if (!p.uploaded && p.progress !== null) status.append(" ", el("progress", { max: 100, value: Math.round(p.progress * 100), "aria-label": `${p.file} sent` }));
    tr.append(el("td", { text: new Date(p.since).toLocaleString() }), el("td", { text: p.file }), status,
      el("td", { class: "num" }), el("td", { class: "num" }), el("td", { class: "num" }), el("td", { class: "reports" }));
    return tr;
  }

  const COLUMNS = [...document.querySelectorAll("#batches thead th")].map((th) => th.textContent.trim());

  function render() {
    // Keep the keyboard where it was across a refresh.
    const active = document.activeElement;
    const focusRow = active && tbody.contains(active) ? active.closest("tr")?.dataset.batchId : null;
    const focusReport = focusRow ? active.dataset.report : null;
    const rows = [...[...pending].reverse().map(([id, p]) => pendingRow(id, p)), ...listed.map(batchRow)];
    // Each cell names its column, for the stacked layout of a narrow window (the header row is hidden there).
    for (const tr of rows) [...tr.children].forEach((td, i) => td.setAttribute("data-label", COLUMNS[i]));
    tbody.replaceChildren(...rows);
    $("#batches-empty").hidden = rows.length > 0 || (needsKey && !storedKey());
    if (focusRow && focusReport) tbody.querySelector(`tr[data-batch-id="${CSS.escape(focusRow)}"] a[data-report="${focusReport}"]`)?.focus();
  }

  // ---- reports -----------------------------------------------------------------------------------------
  const REPORT_TYPES = { html: "text/html", csv: "text/csv", json: "application/json" };

  /**
   * The report routes need the clinic key, which a plain link cannot send: the report is fetched with it and shown
   * from a blob: URL — the HTML report in a new tab (opened now, while the click still counts as the user's, so no
   * popup blocker stops it), CSV and JSON as downloads named <batchId>-report.<ext>.
   */
  async function openReport(batchId, format, url) {
    const tab = format === "html" ? window.open("", "_blank") : null;
    const response = await fetch(url, { headers: apiHeaders({ Accept: REPORT_TYPES[format] }) }).catch(() => null);
    if (!response || !response.ok) {
      if (tab) tab.close();
      const text = response ? await response.text() : "";
      sayProblem({ status: response ? response.status : 0, contentType: response ? response.headers.get("Content-Type") : "", text }, `The ${format.toUpperCase()} report of ${batchId} could not be opened`);
      return;
    }
    const blob = new Blob([await response.blob()], { type: `${REPORT_TYPES[format]};charset=utf-8` });
    const objectUrl = URL.createObjectURL(blob);
    if (format === "html") {
      if (tab) tab.location.href = objectUrl;
      else say("error", null, "The report could not open in a new tab: allow pop-ups for this page and try again.", []);
    } else {
      const a = el("a", { href: objectUrl, download: `${batchId}-report.${format}` });
      document.body.append(a);
      a.click();
      a.remove();
    }
    // The tab has loaded the document (or the download has started) long before this.
    setTimeout(() => URL.revokeObjectURL(objectUrl), 60000);
  }

  // ---- sending files -----------------------------------------------------------------------------------
  const CONTENT_TYPES = {
    csv: "text/csv", txt: "text/csv", json: "application/json",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "837": "application/edi-x12", x12: "application/edi-x12", edi: "application/edi-x12",
  };
  const extensionOf = (name) => (name.includes(".") ? name.split(".").pop().toLowerCase() : "");
  const contentTypeOf = (name) => CONTENT_TYPES[extensionOf(name)] || null;

  // What POST /api/uploads accepts (UploadUrlIssuer.IsValidFileName): 1-200 of [A-Za-z0-9._-], starting with a letter or
  // digit, ending in one of these extensions (the upload trigger reads a file by its extension).
  const UPLOAD_EXTENSIONS = ["csv", "tsv", "txt", "json", "xlsx", "837", "x12", "edi"];
  const MAX_UPLOAD_NAME = 200;
  const uploadNamesUsed = new Set();

  /**
   * The blob name an upload is sent under: {yyyyMMdd-HHmmss UTC}-{4 random hex}-{the file's name made safe}. The time keeps
   * yesterday's "visits.csv" from being overwritten by today's (an upload's batch is named after its blob, and the upload
   * URL may write over a blob of the same name); UTC and the random part keep two users, two tabs or the hour a clock
   * turns back from picking the same name; the safe characters are the only ones the API accepts ("visits (1).csv" →
   * "…-visits-1.csv").
   */
  function uploadNameOf(original, now) {
    const pad = (n) => String(n).padStart(2, "0");
    const random = Array.from(crypto.getRandomValues(new Uint8Array(2)), (b) => b.toString(16).padStart(2, "0")).join("");
    const stamp = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}-${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}-${random}`;
    const extension = extensionOf(original);
    const stem = original.slice(0, original.length - extension.length - 1);
    let safe = stem.replace(/[^A-Za-z0-9._-]/g, "-").replace(/-{2,}/g, "-").replace(/^[-._]+|[-._]+$/g, "") || "file";
    safe = safe.slice(0, MAX_UPLOAD_NAME - stamp.length - 1 - extension.length - 1 - 3).replace(/[-._]+$/g, "") || "file";
    let name = `${stamp}-${safe}.${extension}`;
    // Two files of the same name in the same second: the second gets a number.
    for (let n = 2; uploadNamesUsed.has(name); n++) name = `${stamp}-${safe}-${n}.${extension}`;
    uploadNamesUsed.add(name);
    return name;
  }

  function sendFiles(files) {
    if (needsKey && !storedKey()) {
      say("error", 401, "Enter the clinic key first.", ["Files are audited under the clinic the key belongs to."]);
      $("#clinic-key").focus();
      return;
    }
    restartPolling();
    for (const file of files) sendFile(file);
  }

  async function sendFile(file) {
    const upload = maxPost !== null && file.size > maxPost;
    if (upload && !UPLOAD_EXTENSIONS.includes(extensionOf(file.name))) {
      say("error", null, `“${file.name}” was not sent.`, [
        `It is larger than ${count.format(maxPost)} bytes, so it would go through an upload, which takes only files ending in ` +
        `${UPLOAD_EXTENSIONS.map((e) => "." + e).join(", ")}. Save the export as one of those and drop it again.`]);
      return;
    }
    const id = `pending-${++pendingSeq}`;
    const p = { file: file.name, status: "uploading…", progress: 0, since: Date.now(), uploaded: false, blobFile: null };
    if (firstSent === null) firstSent = p.since;
    pending.set(id, p);
    render();
    const onProgress = (fraction) => {
      p.progress = fraction;
      p.status = fraction >= 1 ? "auditing…" : "uploading…";
      render();
    };
    try {
      if (!upload) await postFile(file, onProgress);
      else await uploadFile(file, p, onProgress);
    } finally {
      if (!p.uploaded) pending.delete(id);
      await loadBatches();
    }
  }

  async function postFile(file, onProgress) {
    const type = contentTypeOf(file.name);
    // The file's name goes with it (percent-encoded: a header is ASCII), so the list and the report name it tomorrow too.
    const headers = apiHeaders({ Accept: "application/json", "X-File-Name": encodeURIComponent(file.name) });
    if (type) headers["Content-Type"] = type;
    // Without a type of ours, no Content-Type at all (the server sniffs), never the browser's guess for the file.
    const body = type ? file : file.slice(0, file.size, "");
    const response = await send("POST", "/api/audits", { headers, body, onProgress, maxRead: MAX_REPORT_READ });
    if (response.status !== 201) {
      sayProblem(response, `“${file.name}” was not audited`);
      return;
    }
    let report = null;
    try {
      report = response.text ? JSON.parse(response.text) : null;
    } catch (_) { report = null; }
    const batchId = response.header("X-Batch-Id") || (report && report.batchId) || "";
    if (batchId) {
      postedNames.set(batchId, file.name);
      sentIds.add(batchId);
    }
    sayAudited(file.name, batchId, report ? report.summary : null);
  }

  function sayAudited(name, batchId, summary) {
    const lead = `“${name}” was audited${batchId ? ` (batch ${batchId})` : ""}.`;
    if (!summary) {
      say("ok", 201, lead, ["Its figures are in the batch list below."]);
      return;
    }
    const lines = [`${plural(summary.visits, "visit")}, clean-claim rate ${(summary.cleanClaimRate * 100).toFixed(1)}%, ${money.format(summary.revenue ? summary.revenue.atRisk : 0)} at risk.`];
    if (summary.rejectedRows > 0)
      lines.push(`${plural(summary.rejectedRows, "row")} ${summary.rejectedRows === 1 ? "was" : "were"} rejected and not audited: the report lists each with the reason.`);
    say("ok", 201, lead, lines);
  }

  // A file over the post limit goes to storage through a short-lived upload URL; the blob trigger audits it.
  async function uploadFile(file, p, onProgress) {
    const issued = await send("POST", "/api/uploads", {
      headers: apiHeaders({ "Content-Type": "application/json", Accept: "application/json" }),
      body: JSON.stringify({ fileName: uploadNameOf(file.name, new Date()) }),
    });
    if (issued.status !== 201) {
      sayProblem(issued, `“${file.name}” could not be uploaded`);
      return;
    }
    const { uploadUrl, blobName } = JSON.parse(issued.text);
    // To storage, never with the clinic key.
    const headers = { "x-ms-blob-type": "BlockBlob" };
    const type = contentTypeOf(file.name);
    if (type) headers["Content-Type"] = type;
    const put = await send("PUT", uploadUrl, { headers, body: type ? file : file.slice(0, file.size, ""), onProgress });
    if (put.status !== 201) {
      sayStorageRefusal(put, `“${file.name}” could not be uploaded to storage`);
      return;
    }
    // The batch is found in the list by the blob's name, as the API issued it (visit-batches/{clinic}/{name}).
    p.blobFile = blobName.split("/").pop();
    p.uploaded = true;
    say("ok", 201, `“${file.name}” was uploaded.`, [`It is being audited as ${p.blobFile}; it appears in the batch list below when done.`]);
  }

  // ---- wiring ------------------------------------------------------------------------------------------
  const zone = $("#drop-zone");
  const input = $("#file-input");
  input.addEventListener("change", () => {
    const files = [...input.files];
    input.value = "";
    if (files.length) sendFiles(files);
  });
  for (const type of ["dragenter", "dragover"]) zone.addEventListener(type, (e) => { e.preventDefault(); zone.classList.add("dragover"); });
  zone.addEventListener("dragleave", (e) => { if (!zone.contains(e.relatedTarget)) zone.classList.remove("dragover"); });
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragover");
    const files = e.dataTransfer ? [...e.dataTransfer.files] : [];
    if (files.length) sendFiles(files);
  });
  // A file dropped beside the zone must not replace the page with the file.
  for (const type of ["dragover", "drop"]) window.addEventListener(type, (e) => { if (!zone.contains(e.target)) e.preventDefault(); });

  $("#range").addEventListener("submit", (e) => { e.preventDefault(); restartPolling(); loadBatches(); });
  for (const id of ["#from", "#to"]) $(id).addEventListener("change", () => { restartPolling(); loadBatches(); });

  if (needsKey) {
    $("#key-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const value = $("#clinic-key").value.trim();
      if (!value) return;
      sessionStorage.setItem(KEY, value);
      $("#clinic-key").value = "";
      showKeyState();
      loadBatches();
    });
    $("#forget-key").addEventListener("click", () => {
      sessionStorage.removeItem(KEY);
      listed = [];
      showKeyState();
      render();
      $("#clinic-key").focus();
      say("ok", null, "The clinic key was forgotten in this tab.", []);
    });
    showKeyState();
  } else {
    // Under claimaudit serve there is no key: no key UI at all.
    $("#key-section").remove();
  }

  defaultRange();
  loadBatches();
})();
