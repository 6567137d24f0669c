import sys, os
from bs4 import BeautifulSoup
root = sys.argv[1]
for dirpath, _, files in sorted(os.walk(root)):
    for f in sorted(files):
        if not f.endswith('.html') or f == '404.html': continue
        path = os.path.relpath(os.path.join(dirpath, f), root)
        soup = BeautifulSoup(open(os.path.join(dirpath, f), encoding='utf-8'), 'lxml')
        article = soup.select_one('article')
        if article is None: continue
        refs = [a['href'] for a in article.select('a[href]') if 'headerlink' not in (a.get('class') or []) and 'md-content__button' not in (a.get('class') or [])]
        refs += [i['src'] for i in article.select('img[src]')]
        print(path + '\t' + ' '.join(refs))
