from django.core.management.base import BaseCommand

from articles.corpus import generate_corpus


class Command(BaseCommand):
    help = "Fill the database with N synthetic articles for benchmarks (never in production)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, articles, seed, **options):
        result = generate_corpus(articles=articles, seed=seed)
        rate = result.articles / result.seconds if result.seconds else 0
        self.stdout.write(
            f"{result.articles} articles in {result.seconds:.1f} s ({rate:,.0f} articles/s)"
        )
