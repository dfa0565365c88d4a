"use strict";
// The ClaimAudit page (PRODUCT.md section 14): no framework, no third-party code. Served by the Functions app
// (data-needs-key="true": the clinic key is sent as X-Api-Key) and by `claimaudit serve` (no key).
(() => {
  const body = document.body;
  const needsKey = body.dataset.needsKey === "true";
  const maxPost = body.dataset.maxPostBytes ? Number(body.dataset.maxPostBytes) : null;
  const KEY = "claimaudit.key";
  const REFRESH_MS = 2000;
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

  /** Shows an API error as its problem details say it: title, detail and the first few errors. */
  function sayProblem(response, what) {
    const status = response.status;
    let problem = null;
    try {
      if (response.text && /json/.test(response.contentType || "")) problem = JSON.parse(response.text);
    } catch (_) { problem = null; }
    const plain = LEADS[status] || (status >= 500 ? "The server could not do it." : "");
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
  const pending = new Map(); // local id → {file, status, progress, since, uploaded}
  let pendingSeq = 0;
  let refreshTimer = null;
  let listed = [];
  // Posted batches carry no file name in the list: this tab remembers the names it posted.
  const postedNames = new Map();

  const isoDay = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  const addDays = (day, n) => {
    const [y, m, d] = day.split("-").map(Number);
    return isoDay(new Date(y, m - 1, d + n));
  };

  function defaultRange() {
    const today = isoDay(new Date());
    $("#to").value = today;
    $("#from").value = addDays(today, -30);
  }

  async function loadBatches() {
    clearTimeout(refreshTimer);
    refreshTimer = null;
    if (needsKey && !storedKey()) { render(); return; }
    const from = $("#from").value;
    const to = $("#to").value;
    if (!from || !to) return;
    if (from > to) {
      say("error", null, "The range is backwards.", [`“From” (${from}) is after “to” (${to}).`]);
      return;
    }
    // The server counts days in UTC; the inputs are local days: ask for a day either side and keep the local ones.
    const response = await apiGet(`/api/audits?from=${addDays(from, -1)}&to=${addDays(to, 1)}`);
    if (response.status !== 200) {
      sayProblem(response, "The batches could not be listed");
      scheduleRefresh();
      return;
    }
    const data = JSON.parse(response.text);
    listed = data.batches.filter((b) => {
      const day = isoDay(new Date(b.receivedAt));
      return day >= from && day <= to;
    });
    settleUploads();
    render();
    scheduleRefresh();
  }

  // An upload's batch appears in the list under its file name once the trigger has picked it up.
  function settleUploads() {
    for (const [id, p] of pending) {
      if (!p.uploaded) continue;
      const match = listed.find((b) => b.file === p.file && Date.parse(b.receivedAt) >= p.since - 120000);
      if (match) pending.delete(id);
    }
  }

  function scheduleRefresh() {
    const busy = pending.size > 0 || listed.some((b) => b.status === "received");
    if (busy && refreshTimer === null) refreshTimer = setTimeout(loadBatches, REFRESH_MS);
  }

  function statusWords(b) {
    if (b.status === "received") return "auditing…";
    if (b.status === "audited") return "done";
    if (b.status === "failed") return `failed: ${b.error || "unknown reason"}`;
    return b.status;
  }

  function reportLink(b, format, label) {
    const a = el("a", { href: b.reports[format], "data-report": format, text: label });
    if (format === "html") a.setAttribute("aria-label", `Open the report of ${b.file || postedNames.get(b.batchId) || b.batchId} in a new tab`);
    else a.setAttribute("aria-label", `Download the ${format.toUpperCase()} report of ${b.file || postedNames.get(b.batchId) || b.batchId}`);
    a.addEventListener("click", (e) => {
      e.preventDefault();
      openReport(b.batchId, format, a.href);
    });
    return a;
  }

  function batchRow(b) {
    const name = b.file || postedNames.get(b.batchId);
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
  const contentTypeOf = (name) => CONTENT_TYPES[(name.split(".").pop() || "").toLowerCase()] || null;

  function sendFiles(files) {
    if (needsKey && !storedKey()) {
      say("error", 401, "Enter the clinic key first.", ["Files are audited under the clinic the key belongs to."]);
      $("#clinic-key").focus();
      return;
    }
    for (const file of files) sendFile(file);
  }

  async function sendFile(file) {
    const id = `pending-${++pendingSeq}`;
    const p = { file: file.name, status: "uploading…", progress: 0, since: Date.now(), uploaded: false };
    pending.set(id, p);
    render();
    const onProgress = (fraction) => {
      p.progress = fraction;
      p.status = fraction >= 1 ? "auditing…" : "uploading…";
      render();
    };
    try {
      if (maxPost === null || file.size <= maxPost) await postFile(file, onProgress);
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
    if (batchId) postedNames.set(batchId, file.name);
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
      body: JSON.stringify({ fileName: file.name }),
    });
    if (issued.status !== 201) {
      sayProblem(issued, `“${file.name}” could not be uploaded`);
      return;
    }
    const { uploadUrl } = JSON.parse(issued.text);
    // To storage, never with the clinic key.
    const headers = { "x-ms-blob-type": "BlockBlob" };
    const type = contentTypeOf(file.name);
    if (type) headers["Content-Type"] = type;
    const put = await send("PUT", uploadUrl, { headers, body: type ? file : file.slice(0, file.size, ""), onProgress });
    if (put.status !== 201) {
      sayProblem(put, `“${file.name}” could not be uploaded to storage`);
      return;
    }
    p.uploaded = true;
    say("ok", 201, `“${file.name}” was uploaded.`, ["It is being audited; it appears in the batch list below when done."]);
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

  $("#range").addEventListener("submit", (e) => { e.preventDefault(); loadBatches(); });
  for (const id of ["#from", "#to"]) $(id).addEventListener("change", () => loadBatches());

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
