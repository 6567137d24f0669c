// theme.custom_dir's 404.ftlh replaces the built-in one; every other template stays the built-in one.
import org.jsoup.Jsoup

File site = new File(basedir, 'target/site')
def notFound = Jsoup.parse(new File(site, '404.html'), 'UTF-8')
assert notFound.select('h1.custom-404').text() == 'This page is not in Themed Guide, says the project\'s own template.'
assert notFound.title() == 'Lost - Themed Guide'
def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert home.select('article h1').text() == 'Welcome' : 'the built-in page template is gone'
assert home.select('.custom-404').isEmpty()
assert !new File(site, '404.ftlh').exists() && !new File(site, 'assets/404.ftlh').exists() : 'a template was published'
true
