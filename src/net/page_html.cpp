// The phone page's markup and style. Texts are filled in by app.js from
// deck.json, so one page serves both languages.
#include "net/page.h"

namespace prio {

const std::string_view kPageHtml = R"PAGE(<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Prioriteer</title>
<link rel="stylesheet" href="app.css">
<script src="app.js" defer></script>
</head>
<body>
<header>
<h1 id="question"></h1>
<p id="privacy"></p>
<p id="state" class="state" role="status" aria-live="polite"></p>
</header>
<main>
<label id="name-row" class="name" hidden><span id="name-label"></span><input id="name" autocomplete="name" maxlength="80"></label>
<p id="how" class="how"></p>
<nav id="lanes" class="lanes" hidden></nav>
<section><h2 id="ranked-title"></h2><ol id="ranked" class="cards"></ol></section>
<section><h2 id="unranked-title"></h2><ul id="unranked" class="cards"></ul></section>
</main>
<footer>
<p id="message" class="message" role="alert"></p>
<div class="actions"><button id="reset" type="button" class="secondary"></button><button id="submit" type="button"></button></div>
</footer>
</body>
</html>
)PAGE";

const std::string_view kPageCss = R"CSS(*{box-sizing:border-box}
[hidden]{display:none !important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1a1a1a;background:#f4f4f1;overflow-x:hidden}
header,main,footer{max-width:40rem;margin:0 auto;padding:0 12px}
header{padding-top:12px}
h1{font-size:1.3rem;margin:.2rem 0}
h2{font-size:1rem;margin:1rem 0 .4rem;color:#444}
p{margin:.3rem 0}
.state{display:inline-block;padding:4px 10px;border-radius:999px;font-size:.9rem;background:#ddd}
.state.online{background:#cfe8cf;color:#114411}
.state.offline{background:#f6d2c8;color:#6b1a00}
.state.closed{background:#333;color:#fff}
.name{display:flex;flex-direction:column;gap:4px;margin:.6rem 0}
.name input{font:inherit;padding:10px;border:2px solid #888;border-radius:8px;width:100%}
.cards{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px}
.card{display:flex;align-items:stretch;background:#fff;border-radius:10px;box-shadow:0 1px 2px rgba(0,0,0,.25);min-height:56px;overflow:hidden;touch-action:pan-y}
.card.dragging{opacity:.85;box-shadow:0 4px 12px rgba(0,0,0,.35)}
.stripe{touch-action:none;cursor:grab;flex:0 0 44px;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:1rem}
.body{flex:1 1 auto;min-width:0;padding:8px 10px;border:0;background:none;font:inherit;text-align:left;color:inherit}
.title{font-weight:600;overflow-wrap:anywhere}
.code{font-size:.8rem;color:#555}
.summary{margin-top:4px;font-size:.95rem;color:#333}
.tools{display:flex;flex:0 0 auto}
.tools button,.lanes button{min-width:48px;min-height:48px;border:0;border-left:1px solid #e4e4e4;background:#fafafa;font:inherit;font-size:1.1rem}
.lanes{display:flex;flex-wrap:wrap;gap:6px;margin:.4rem 0}
.lanes button{border:2px solid #888;border-radius:8px;padding:0 10px;font-size:.95rem}
.lanes button[aria-pressed=true]{background:#1a4d8f;color:#fff;border-color:#1a4d8f}
.lane-title{font-size:.9rem;color:#444;margin:.6rem 0 .2rem}
footer{position:sticky;bottom:0;background:#f4f4f1;padding-bottom:12px;border-top:1px solid #ddd}
.actions{display:flex;gap:8px}
.actions button{flex:1;min-height:52px;font:inherit;font-weight:600;border-radius:10px;border:0;background:#1a4d8f;color:#fff}
.actions button.secondary{flex:0 0 auto;padding:0 14px;background:#ddd;color:#1a1a1a}
.actions button:disabled{background:#9aa8b8}
.message{min-height:1.4em;font-size:.95rem}
.message.error{color:#a01800}
.message.ok{color:#145214}
)CSS";

}  // namespace prio
