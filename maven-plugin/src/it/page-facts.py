"""Prints what a reader sees of each page of a built site, a line per fact, for verify.groovy to compare:
its files; per page its lang, title, top-level navigation titles, language switcher (resolved to site paths)
and article links. Usage: page-facts.py SITE_DIR"""
import os
import posixpath
import sys
from urllib.parse import urljoin

from bs4 import BeautifulSoup

root = sys.argv[1]
theme = ('assets/javascripts/', 'assets/stylesheets/', 'assets/images/favicon.png', 'search/', '_folio/')
for dirpath, _, files in sorted(os.walk(root)):
    for name in sorted(files):
        path = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/')
        if not path.startswith(theme):
            print('file\t' + path)
for dirpath, _, files in sorted(os.walk(root)):
    for name in sorted(files):
        path = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/')
        if not name.endswith('.html') or name == '404.html' or path.startswith(theme):
            continue
        soup = BeautifulSoup(open(os.path.join(dirpath, name), encoding='utf-8'), 'lxml')
        base = 'https://site.invalid/' + path
        def site_path(href):
            return urljoin(base, href).replace('https://site.invalid', '')
        nav = soup.select_one('nav.md-nav--primary > ul')
        top = []
        if nav is not None:
            for item in nav.find_all('li', recursive=False):
                # Material's <label> of a section, or Folio's <summary>
                link = item.find(['a', 'label'], class_='md-nav__link', recursive=False) or item.select_one('details > summary')
                if link is not None:
                    top.append(' '.join(link.get_text(' ', strip=True).split()))
        switcher = ['%s=%s' % (a.get('hreflang'), site_path(a['href'])) for a in soup.select('a.md-select__link[hreflang]')]
        print('page\t%s\t%s\t%s\t%s\t%s' % (path, soup.html.get('lang'), soup.title.get_text(strip=True), ' | '.join(top),
                                           ' '.join(switcher)))
        article = soup.select_one('article')
        refs = [site_path(a['href']) for a in article.select('a[href]')
                if not set(a.get('class') or []) & {'headerlink', 'md-content__button'}]
        refs += [site_path(i['src']) for i in article.select('img[src]')]
        print('links\t%s\t%s' % (path, ' '.join(refs)))
