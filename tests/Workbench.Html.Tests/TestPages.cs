namespace Workbench.Html.Tests;

/// <summary>Small original pages laid out as real ones are: a news article and a Japanese blog post.</summary>
internal static class TestPages
{
    public const string Headline = "Allies Weigh the Cost of Transactional Deterrence";

    public const string Deck = "As Washington prices its guarantees, partners in Asia and Europe are quietly hedging their bets.";

    public const string Caption = "Soldiers unload equipment at the port during the exercise.";

    public const string Credit = "Photo: Jane Roe for the Review";

    public const string BodyOpening = "Deterrence has always rested on a promise that is hard to price.";

    public const string Comment = "Great article, but you forgot to mention the navy entirely.";

    /// <summary>A news page: navigation, headline, deck, byline, a figure with caption and credit, related links, a
    /// newsletter box, comments, a footer and a long inline JSON blob.</summary>
    public static string NewsArticle(string scriptBlob = "") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{{Headline}} | The Strategy Review</title>
        <link rel="canonical" href="https://review.example.com/2025/03/transactional-deterrence/">
        <meta property="og:title" content="{{Headline}}">
        <meta name="author" content="Jane Doe">
        <meta property="article:published_time" content="2025-03-14T09:30:00Z">
        <script>window.__STATE__ = {"articles":[{{scriptBlob}}]};</script>
        </head>
        <body>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/topics">Topics</a></li>
        <li><a href="/subscribe">Subscribe to our newsletter today</a></li></ul></nav></header>
        <main>
        <article class="post">
        <h1 class="headline">{{Headline}}</h1>
        <p class="article-dek">{{Deck}}</p>
        <div class="byline">By <a href="/authors/jane-doe">Jane Doe</a></div>
        <div class="article-body">
        <p>{{BodyOpening}} A guarantee that must be paid for is, by definition, one that can lapse. Allies have
        noticed, and they are drawing conclusions of their own.</p>
        <p>In Tokyo, officials speak of “self-reliance” with a frequency that would have been unthinkable a decade
        ago. In Warsaw, defence spending has passed four per cent of output. Neither capital says it doubts the
        alliance; both are acting as if they might have to.</p>
        <figure class="wp-block-image"><img src="port.jpg" alt="">
        <figcaption>{{Caption}} <span class="credit">{{Credit}}</span></figcaption></figure>
        <h2>The price of a promise</h2>
        <p>The difficulty is that deterrence is not a service delivered on demand. It works only if an adversary
        believes, in advance, that the guarantor will act. Every public debate about the bill weakens that belief.</p>
        <p>Some analysts argue that burden sharing strengthens the alliance in the long run. Others warn that the
        damage done to credibility in the meantime may not be repaired so easily.</p>
        <p>What is clear is that the partners are not waiting to find out. They are building options, quietly, and
        those options will outlast the present argument.</p>
        </div>
        </article>
        <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Why the navy matters more than ever</a></li>
        <li><a href="/b">Five charts on defence spending</a></li></ul></aside>
        <div class="newsletter-signup"><p>Get the best of the Review in your inbox every week. Sign up now.</p>
        <form><input type="email"><button>Subscribe</button></form></div>
        <section id="comments" class="comments"><h3>3 comments</h3>
        <div class="comment"><p>{{Comment}}</p></div>
        <div class="comment"><p>Who pays for all of this in the end?</p></div></section>
        </main>
        <footer class="site-footer"><p>© 2025 The Strategy Review. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    public const string BlogTitle = "翻訳メモ：取引的抑止をどう訳すか";

    public const string BlogOpening = "今回は、最近訳した論考に出てくる「取引的抑止」という言葉について書きます。";

    public const string BlogSidebar = "人気記事ランキング";

    /// <summary>A translator's blog post laid out as WordPress themes lay it out (Hatena and note differ in class
    /// names only): site header, entry title, date, entry content with a captioned image, share buttons, a
    /// sidebar of widgets, comments and a footer. <paramref name="charset"/> goes into the meta tag (null: none).</summary>
    public static string JapaneseBlogPost(string? charset) => $$"""
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        {{(charset is null ? string.Empty : $"<meta charset=\"{charset}\">")}}
        <title>{{BlogTitle}} - 政策翻訳ノート</title>
        <meta property="og:title" content="{{BlogTitle}}">
        <link rel="canonical" href="https://honyaku-note.example.jp/entry/2025/04/02/torihikiteki-yokushi">
        </head>
        <body class="post-template-default single">
        <div id="masthead" class="site-header"><p class="site-title"><a href="/">政策翻訳ノート</a></p>
        <nav class="main-navigation"><ul><li><a href="/">ホーム</a></li><li><a href="/about">プロフィール</a></li></ul></nav></div>
        <div id="content" class="site-content">
        <main id="main" class="site-main">
        <article class="post type-post hentry">
        <header class="entry-header"><h1 class="entry-title">{{BlogTitle}}</h1>
        <div class="entry-meta"><time class="entry-date published" datetime="2025-04-02T08:00:00+09:00">2025年4月2日</time></div></header>
        <div class="entry-content">
        <p>{{BlogOpening}}原文では transactional deterrence となっていて、直訳すれば「取引的な抑止」です。</p>
        <p>ところが、訳語を調べてみると「取引型抑止」と訳している記事も少なくありません。どちらも意味は通じますが、一つの訳文の中で両方を使うと、読者は別の概念だと受け取ってしまいます。</p>
        <figure class="wp-block-image"><img src="memo.png" alt=""><figcaption class="wp-element-caption">作業中の用語メモ（筆者撮影）</figcaption></figure>
        <p>そこで、用語集に「取引的抑止」を登録し、もう一方を禁止訳語にしました。チェックを走らせると、過去の訳文にも三か所の揺れが見つかりました。</p>
        <p>人名の表記も同じです。ブリューワーとブリュワーが混在していたので、これも統一しました。地名ではキエフではなくキーウを使います。</p>
        <p>用語を統一する作業は地味ですが、読者の信頼を得るためには欠かせません。次回は、数字や単位の表記をそろえる方法について書く予定です。</p>
        </div>
        <div class="sharedaddy"><h3>共有:</h3><ul><li><a href="#">X で共有</a></li><li><a href="#">Facebook で共有</a></li></ul></div>
        </article>
        <div id="comments" class="comments-area"><h2 class="comments-title">コメント 1件</h2>
        <ol class="comment-list"><li class="comment"><p>いつも参考にしています。次回も楽しみにしています。</p></li></ol></div>
        </main>
        <aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">{{BlogSidebar}}</h2>
        <ul><li><a href="/1">機械翻訳と用語集の付き合い方</a></li><li><a href="/2">アラインメントの基礎</a></li></ul></section>
        <section class="widget"><h2 class="widget-title">カテゴリー</h2><ul><li><a href="/c/1">翻訳</a></li></ul></section></aside>
        </div>
        <footer id="colophon" class="site-footer"><p>© 2025 政策翻訳ノート</p></footer>
        </body>
        </html>
        """;
}
