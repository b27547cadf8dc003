"""An Arabic news page in HTML, built like the pages of Arabic news sites: menus, a byline with
بقلم, a date with Arabic month names and Arabic-Indic digits, «…» quotes, a source credit line,
related headlines and a comment prompt. The dev samples in Arabic are text dumps only."""

from __future__ import annotations

import articlekit
from articlekit import ChromeReason

PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الحكومة تعلن خطة لتطوير النقل العام في المدن الكبرى | صحيفة الأمثلة</title></head>
<body>
<header class="site-header"><ul class="main-menu"><li><a href="/">الرئيسية</a></li>
<li><a href="/s">سياسة</a></li><li><a href="/e">اقتصاد</a></li><li><a href="/r">رياضة</a></li></ul></header>
<main><article>
<h1>الحكومة تعلن خطة لتطوير النقل العام في المدن الكبرى</h1>
<div class="byline">بقلم أحمد بن سالم</div>
<div class="date">الثلاثاء ١٢ مارس ٢٠٢٤</div>
<div class="share"><a href="#">شارك</a> <a href="#">طباعة</a></div>
<p>أعلنت الحكومة يوم الثلاثاء عن خطة واسعة لتطوير شبكات النقل العام في المدن الكبرى خلال السنوات الخمس المقبلة، تشمل خطوط حافلات جديدة وتوسعة شبكة القطارات.</p>
<p>وقال وزير النقل خالد العمري في مؤتمر صحفي: «سنبدأ بتنفيذ المرحلة الأولى من الخطة في العاصمة قبل نهاية العام الجاري».</p>
<p>وأضاف أن «الهدف هو تقليل الازدحام وتحسين جودة الهواء في المدن التي يعيش فيها معظم السكان».</p>
<p>وتقدر تكلفة المشروع بنحو ثلاثة مليارات دولار، بحسب بيان رسمي صدر عن مجلس الوزراء بعد اجتماعه الأسبوعي.</p>
<p>المصدر: وكالات</p>
</article>
<aside class="related"><h3>اقرأ أيضا</h3><ul>
<li><a href="/1">ارتفاع أسعار الوقود في الأسواق المحلية للمرة الثالثة هذا العام</a></li>
<li><a href="/2">افتتاح أكبر مكتبة عامة في المنطقة بحضور عدد من المسؤولين</a></li></ul></aside>
<section class="comments"><h3>التعليقات</h3><p>أضف تعليقك</p></section>
</main>
<footer class="site-footer"><p>جميع الحقوق محفوظة © ٢٠٢٤</p></footer>
</body></html>"""


def test_arabic_html_page() -> None:
    article = articlekit.extract(PAGE.encode("utf-8"))
    assert article.title == "الحكومة تعلن خطة لتطوير النقل العام في المدن الكبرى"
    assert article.language == "ar"
    assert [p.text[:20] for p in article.paragraphs] == [
        "أعلنت الحكومة يوم ال",
        "وقال وزير النقل خالد",
        "وأضاف أن «الهدف هو ت",
        "وتقدر تكلفة المشروع ",
    ]
    assert article.authors == ("أحمد بن سالم",)
    assert article.source == "وكالات"
    assert article.date is not None and article.date.date().isoformat() == "2024-03-12"
    speakers = {q.speaker for q in article.quotes}
    assert [q.text[:12] for q in article.quotes] == ["سنبدأ بتنفيذ", "الهدف هو تقل"]
    assert speakers == {"خالد العمري"}
    removed = {r.text: r.reason for r in article.removed}
    assert removed["التعليقات"] in {ChromeReason.COMMENTS}
    assert not any("اقرأ أيضا" in p.text or "ارتفاع أسعار" in p.text for p in article.paragraphs)
