FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY outlet outlet
COPY articles articles
COPY authors authors
RUN pip install --no-cache-dir .
COPY . .
# collectstatic needs settings that import cleanly; the real secret comes from the environment.
RUN SECRET_KEY=build-only DATABASE_URL=postgres://build@localhost/build \
    python manage.py collectstatic --noinput
RUN useradd --create-home outlet && mkdir -p /app/media && chown outlet /app/media
USER outlet
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --noinput && gunicorn outlet.wsgi --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-2} --access-logfile -"]
