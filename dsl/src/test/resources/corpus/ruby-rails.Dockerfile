# syntax=docker/dockerfile:1
# check=skip=SecretsUsedInArgOrEnv,JSONArgsRecommended

ARG RUBY_VERSION=3.3.4
FROM ruby:$RUBY_VERSION-slim AS base

WORKDIR /rails

ENV RAILS_ENV="production" \
    BUNDLE_DEPLOYMENT="1" \
    BUNDLE_PATH="/usr/local/bundle" \
    BUNDLE_WITHOUT="development:test"

FROM base AS build

RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update -qq && \
    apt-get install --no-install-recommends -y build-essential git libpq-dev pkg-config

# A vendored gem pinned to a commit, and a verified download.
ADD --keep-git-dir=true https://github.com/acme/payments.git#v2.1.0 /vendor/payments
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tools/migrate.tar.gz /tmp/
ADD --unpack=false --chmod=0644 https://example.com/tools/data.tar.gz /srv/data.tar.gz

COPY Gemfile Gemfile.lock ./
RUN --mount=type=secret,id=bundle_github,env=BUNDLE_GITHUB__COM \
    bundle install && \
    rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache "${BUNDLE_PATH}"/ruby/*/bundler/gems/*/.git

COPY --exclude=spec/ --exclude=*.md . .
COPY --parents app/**/assets/*.js ./public/

RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile

FROM base
COPY --from=build "${BUNDLE_PATH}" "${BUNDLE_PATH}"
COPY --from=build /rails /rails
RUN groupadd --system --gid 1000 rails && \
    useradd rails --uid 1000 --gid 1000 --create-home --shell /bin/bash && \
    chown -R rails:rails db log storage tmp
USER 1000:1000
ENTRYPOINT ["/rails/bin/docker-entrypoint"]
EXPOSE 3000
CMD ["./bin/rails", "server"]
