/**
 * The page's one style sheet (inlined; its sha256 is in the page's CSP).
 * Colours from the GOV.UK design system, whose pairs pass WCAG AA contrast;
 * sizes in rem so 200% zoom reflows; one column that works from 320 px wide; long words and web
 * addresses wrap (overflow-wrap), so nothing scrolls sideways. The header with the quick exit stays at
 * the top while the page scrolls (.stick) when it fits on one line and takes at most a sixth of the
 * screen's height (app.ts decides; not at 400% zoom), with focus scrolled clear of it.
 */
export const WEB_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;overflow-wrap:break-word;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.1875rem;line-height:1.45;color:#0b0c0c;background:#fff}
#app{max-width:48rem;margin:0 auto;padding:0 1rem 2rem}
.top{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between;margin:0 -1rem;padding:.75rem 1rem;border-bottom:.5rem solid #1d70b8;background:#fff}
.brand{margin:0;font-weight:700;font-size:1.25rem}
.tools{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.danger-banner{margin:1rem 0;padding:.75rem 1rem;border-left:.5rem solid #d4351c;background:#f3f2f1}
.danger-banner p{margin:0}
.danger-banner p+p{margin-top:.5rem}
main{padding-top:.5rem}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 1rem}
h1:focus{outline:3px solid #fd0;outline-offset:2px}
h2{font-size:1.5rem;margin:2rem 0 .75rem}
h3{font-size:1.1875rem;margin:0 0 .5rem}
p{margin:0 0 1rem}
.progress{color:#484949;margin:.75rem 0 0}
.hint{color:#484949}
.answers{display:flex;flex-direction:column;align-items:flex-start;gap:.75rem;margin:1.5rem 0}
.button{display:inline-block;font:inherit;font-size:1.1875rem;line-height:1.2;padding:.6rem .9rem;border:2px solid transparent;border-radius:0;background:#00703c;color:#fff;box-shadow:0 2px 0 #002d18;cursor:pointer;text-align:left;text-decoration:none;max-width:100%;white-space:normal;overflow-wrap:anywhere}
.button:hover{background:#005a30}
.button.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
.button.secondary:hover{background:#dbdad9}
.button.exit{background:#b10e1e;box-shadow:0 2px 0 #55080f}
.button.call{display:inline-block;margin-top:.25rem}
.button:focus,.link:focus,a:focus,input:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c;background:#fd0;color:#0b0c0c}
.link{font:inherit;background:none;border:0;padding:.25rem 0;color:#1d70b8;text-decoration:underline;cursor:pointer}
.link:hover{color:#003078}
.back{margin-top:0}
a{color:#1d70b8}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{padding:0;max-width:100%}
.category{font-size:1.1875rem;margin:1.25rem 0 .5rem}
.check{display:flex;gap:.75rem;align-items:flex-start;margin:.5rem 0}
.check input{width:1.75rem;height:1.75rem;margin:0;flex:none;accent-color:#0b0c0c}
.check label{cursor:pointer;padding-top:.1rem}
.checklist .button.primary{margin-top:1.5rem}
.notices{margin:0 0 1rem}
.notice{margin:0 0 1rem;padding:.5rem .75rem;border-left:.35rem solid #1d70b8;background:#f3f2f1}
.notice>p:last-child{margin-bottom:0}
.notice.acute{border-left-color:#d4351c}
.notice.urgent{border-left-color:#f47738}
.badge{display:inline-block;padding:.1rem .5rem;font-weight:700;font-size:1rem;border:2px solid #0b0c0c}
.badge.acuut{background:#d4351c;color:#fff;border-color:#d4351c}
.badge.spoed{background:#fd0;color:#0b0c0c}
.badge.regulier{background:#fff;color:#0b0c0c}
.badge.advies{background:#fff;color:#0b0c0c}
.first-action{padding:1rem;border:.25rem solid #0b0c0c;margin:1rem 0 1.5rem}
.first-action.acuut{border-color:#d4351c}
.contacts{padding-left:1.5rem}
.contacts li{margin-bottom:1.5rem}
.summary{margin:1rem 0 2rem;border-top:1px solid #b1b4b6}
.summary .row{display:flex;flex-wrap:wrap;gap:.25rem 1rem;border-bottom:1px solid #b1b4b6;padding:.75rem 0}
.summary dt{flex:1 1 18rem;font-weight:700;margin:0}
.summary dd{flex:1 1 12rem;margin:0}
.summary dd.change{flex:0 0 auto}
.implied{display:block;color:#484949}
.record{margin-top:2.5rem;padding-top:1rem;border-top:2px solid #b1b4b6}
.field{margin:0 0 1.25rem}
.field label{display:block;font-weight:700}
.field input{font:inherit;width:100%;max-width:24rem;padding:.4rem;border:2px solid #0b0c0c;border-radius:0}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0 2rem}
.foot{margin-top:3rem;padding-top:1rem;border-top:1px solid #b1b4b6;color:#484949}
.small{font-size:1rem}
.print-only{display:none}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
@media (max-width:30rem){h1{font-size:1.5rem}body{font-size:1.0625rem}}
.top .button{font-size:1rem;padding:.45rem .65rem}
.top.stick{position:sticky;top:0;z-index:1}
@media (max-width:30rem){.brand{display:none}}
@media print{.top,.tools,.back,.no-print,.button,.foot,.danger-banner{display:none!important}.print-only{display:block}a{color:#0b0c0c}#app{max-width:none}}
`;
