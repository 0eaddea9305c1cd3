package dev.form4.write;

/** The review page's stylesheet, inlined so the page needs nothing else. */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root { --repaired: #fff1b8; --repaired-edge: #d4a017; --unread: #ffd6d6; --unread-edge: #c62828;
                    --inferred: #e3f0ff; --line: #e3e6ea; --muted: #6b7280; }
            * { box-sizing: border-box; }
            html, body { margin: 0; height: 100%; }
            body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1f2933;
                   display: flex; flex-direction: column; }
            header { padding: 8px 16px; border-bottom: 1px solid var(--line); background: #f7f8fa; }
            h1 { font-size: 17px; margin: 0 0 4px; }
            h1 .file { font-weight: normal; color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; }
            h2 { font-size: 14px; margin: 16px 0 6px; border-bottom: 1px solid var(--line); padding-bottom: 2px; }
            .legend { margin: 0; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
            .chip { border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; background: white; }
            .chip.repaired { background: var(--repaired); border-color: var(--repaired-edge); }
            .chip.unread { background: var(--unread); border-color: var(--unread-edge); }
            .hint { color: var(--muted); }
            main { flex: 1; display: grid; grid-template-columns: minmax(0, 4fr) minmax(0, 7fr); min-height: 0; }
            .pane { overflow: auto; padding: 0 16px 24px; min-height: 0; }
            #source { border-right: 1px solid var(--line); background: #fcfcfd; }
            table { border-collapse: collapse; }
            table.src { width: 100%; font: 11.5px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
            table.src td { vertical-align: top; padding: 0 6px; }
            table.src td.ln { color: var(--muted); text-align: right; user-select: none; width: 3.5em;
                              border-right: 1px solid var(--line); }
            table.src td.code { white-space: pre-wrap; overflow-wrap: anywhere; }
            table.src tr:target { background: #fff59d; }
            table.fields th { text-align: left; font-weight: 600; padding: 2px 12px 2px 0; color: #374151; white-space: nowrap; }
            table.fields td { padding: 2px 6px; }
            .scroll { overflow-x: auto; }
            table.rows { width: 100%; font-size: 11.5px; }
            table.rows th { background: #eef1f5; text-align: left; padding: 3px 5px; border: 1px solid var(--line);
                            font-weight: 600; vertical-align: bottom; }
            table.rows th.kind { background: #f7f8fa; font-weight: normal; color: var(--muted); vertical-align: top; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.date { white-space: nowrap; }
            table.rows td { border: 1px solid var(--line); padding: 3px 5px; vertical-align: top; }
            td.na { background: repeating-linear-gradient(45deg, #fafafa, #fafafa 4px, #f1f1f1 4px, #f1f1f1 8px); }
            td.repaired { background: var(--repaired); box-shadow: inset 3px 0 var(--repaired-edge); }
            td.unread { background: var(--unread); box-shadow: inset 3px 0 var(--unread-edge); color: var(--unread-edge);
                        font-style: italic; }
            td.inferred { background: var(--inferred); }
            td .note { font-size: 10.5px; color: #5b4a00; min-width: 16em; max-width: 26em; margin-top: 2px;
                       white-space: normal; text-align: left; }
            p.blank { color: var(--muted); font-size: 11px; margin: 3px 0 0; }
            td.unread .note { color: #7f1d1d; font-style: normal; }
            a { color: #1d4ed8; text-decoration: none; }
            a:hover { text-decoration: underline; }
            a.at { color: inherit; }
            sup a.fn { font-size: 10px; margin-left: 1px; }
            dl.footnotes { display: grid; grid-template-columns: max-content 1fr; gap: 3px 10px; margin: 0; }
            dl.footnotes dt { font-weight: 600; }
            dl.footnotes dd { margin: 0; }
            dl.footnotes dt:target, dl.footnotes dt:target + dd { background: #fff59d; }
            ol.diagnostics { padding-left: 2.2em; margin: 0; }
            ol.diagnostics li { margin: 2px 0; }
            ol.diagnostics li:target { background: #fff59d; }
            ol.diagnostics .kind { font-size: 11px; color: var(--muted); }
            ol.diagnostics li.repaired .kind { color: #8a6d00; }
            ol.diagnostics li.unreadable .kind { color: var(--unread-edge); }
            .empty { color: var(--muted); font-style: italic; }
            code { font-size: 11.5px; }
            """;
}
