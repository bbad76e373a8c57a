/// The fixed parts of the HTML report: its style and the script that runs the filters. Both are
/// inline, so the page works from a file, offline, with nothing else beside it.
enum HTMLPage {
    static func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>\(style)</style></head><body>

        """
    }

    static let tail = "<script>\(script)</script>\n</body></html>\n"

    /// Files off screen are not laid out until scrolled to (`content-visibility`): a report of
    /// thousands of findings opens as fast as a short one.
    static let style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:0 16px 40px;color:#1b1b1b}
        h1{margin:16px 0 0}h2{border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:28px}
        .tool{color:#666;margin:2px 0 10px}
        .totals{display:flex;gap:12px;flex-wrap:wrap}.figure{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:90px}
        .figure span{display:block;font-size:26px;font-weight:600}.figure small{color:#555}
        .figure.error span{color:#c62828}.figure.warning span{color:#b86b00}.figure.info span{color:#1e6fb8}
        .charts{display:flex;flex-wrap:wrap;gap:8px 28px}.chart{margin:0}.chart figcaption{font-weight:600;margin:6px 0}
        .chart text{font-size:12px;fill:#222}.chart text.n{fill:#555}.chart a text{fill:#0b57a3}
        table{border-collapse:collapse}td,th{padding:3px 10px;border-bottom:1px solid #eee;text-align:left}td+td,th+th{text-align:right}
        #filters{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid #ddd;display:flex;gap:14px;flex-wrap:wrap;align-items:center;z-index:1}
        .file{content-visibility:auto;contain-intrinsic-size:auto 240px}
        .file h3{font-size:14px;margin:18px 0 4px;font-family:ui-monospace,monospace}
        .finding p{margin:2px 0}.at{font-family:ui-monospace,monospace;color:#555}
        .sev{font-size:12px;padding:0 6px;border-radius:8px;color:#fff}.sev.error{background:#c62828}.sev.warning{background:#ef8f00}.sev.info{background:#1e6fb8}
        a.rule{font-family:ui-monospace,monospace;font-size:12px}
        pre{background:#f6f8fa;padding:6px 8px;margin:2px 0 8px;overflow-x:auto;font-size:12px}
        pre.context .ln{display:inline-block;min-width:3em;color:#888;user-select:none}pre.context mark{background:#fff3b0}
        #rules article{margin:10px 0}[hidden]{display:none!important}
        """

    /// Filters: the selects and the address's fragment mirror each other; a finding is hidden
    /// unless it matches every filter (a rule value ending in `/` is a family), and a file whose
    /// findings are all hidden is hidden.
    static let script = """
        (function(){
        var keys=['rule','severity','folder'];
        function read(){var f={};var h=decodeURIComponent(location.hash.slice(1));
        if(h.indexOf('=')<0)return null;h.split('&').forEach(function(p){var i=p.indexOf('=');if(i>0)f[p.slice(0,i)]=p.slice(i+1);});return f;}
        function matches(el,f){return keys.every(function(k){var v=f[k];if(!v)return true;var d=el.getAttribute('data-'+k);
        return k==='rule'&&v.charAt(v.length-1)==='/'?d.indexOf(v)===0:d===v;});}
        function apply(f){var shown=0;
        keys.forEach(function(k){var s=document.getElementById('filter-'+k);if(!s)return;var v=f[k]||'';
        if(v&&!Array.prototype.some.call(s.options,function(o){return o.value===v;})){var o=document.createElement('option');o.value=v;o.textContent=v;s.appendChild(o);}s.value=v;});
        document.querySelectorAll('.file').forEach(function(file){var any=false;
        file.querySelectorAll('.finding').forEach(function(el){var ok=matches(el,f);el.hidden=!ok;if(ok){any=true;shown++;}});file.hidden=!any;});
        document.getElementById('shown-count').textContent=shown;}
        function fromSelects(){var f={},parts=[];keys.forEach(function(k){var v=document.getElementById('filter-'+k).value;if(v){f[k]=v;parts.push(k+'='+v);}});
        history.replaceState(null,'',parts.length?'#'+parts.join('&'):location.pathname+location.search);apply(f);}
        keys.forEach(function(k){document.getElementById('filter-'+k).addEventListener('change',fromSelects);});
        document.querySelectorAll('[data-rule-filter]').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();
        location.hash='rule='+a.getAttribute('data-rule-filter');});});
        function onHash(){var f=read();if(f)apply(f);}
        window.addEventListener('hashchange',onHash);onHash();
        // When the page was ready to use, for measurements (a headless browser's DOM dump shows it).
        document.body.setAttribute('data-ready-ms',Math.round(performance.now()));
        })();
        """
}
