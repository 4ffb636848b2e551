# Orchard in a container: docker build -t orchard . && docker run -d --name orchard -p 8787:8787 \
#   -v orchard-state:/var/lib/orchard -v /srv/photos:/photos -e ORCHARD_USERNAME=you@example.com -e ORCHARD_PASSWORD=... \
#   -e ORCHARD_PHOTOS_DIR=/photos -e ORCHARD_WEB_PASSWORD=choose-one orchard
# A photos folder (ORCHARD_PHOTOS_DIR) and/or a Drive folder (ORCHARD_DRIVE_DIR) says what to sync; several Apple IDs
# go in [account ...] sections of a config file mounted over /etc/orchard/config (see the README).
# The web page must listen on all interfaces inside the container, so it requires ORCHARD_WEB_PASSWORD
# or ORCHARD_WEB_TOKEN (Orchard refuses to start without one). docker-compose.yml shows a whole set-up;
# packaging/container-check builds this file with buildah and runs the image against a fake iCloud.
# The base images can be swapped (--build-arg BUILD_IMAGE=..., RUNTIME_IMAGE=...) for local copies.
ARG BUILD_IMAGE=eclipse-temurin:21-jdk
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -pl orchard-app -am package -DskipTests \
 && modules=$(jdeps --multi-release 21 --ignore-missing-deps --print-module-deps orchard-app/target/orchard.jar) \
 && jlink --add-modules "$modules,jdk.crypto.ec,jdk.charsets,jdk.localedata" --include-locales en \
      --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output /runtime \
 && rm -f /runtime/lib/libawt_xawt.so /runtime/lib/libjsound.so /runtime/lib/libsplashscreen.so

FROM ${RUNTIME_IMAGE}
# A fixed uid/gid (990) so that secret files and bind-mounted folders can be given to it on the host.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 990 orchard \
 && useradd --system --uid 990 --gid 990 --home-dir /var/lib/orchard --shell /usr/sbin/nologin orchard \
 && install -d -m 0700 -o orchard -g orchard /var/lib/orchard \
 && install -d -m 0755 /etc/orchard
COPY --from=build /runtime /opt/orchard/runtime
COPY --from=build /src/orchard-app/target/orchard.jar /opt/orchard/orchard.jar
COPY packaging/debian/config /etc/orchard/config
COPY packaging/container/healthcheck /usr/local/bin/orchard-healthcheck
ENV LANG=C.UTF-8 \
    ORCHARD_CONFIG=/etc/orchard/config \
    ORCHARD_STATE_DIR=/var/lib/orchard \
    ORCHARD_WEB_BIND=0.0.0.0 \
    ORCHARD_WEB_PORT=8787 \
    MALLOC_ARENA_MAX=2
USER orchard
VOLUME ["/var/lib/orchard"]
EXPOSE 8787
HEALTHCHECK --interval=1m --timeout=15s --start-period=2m CMD ["/usr/local/bin/orchard-healthcheck"]
ENTRYPOINT ["/opt/orchard/runtime/bin/java", "-XX:+UseSerialGC", "-Xms24m", "-Xmn16m", "-XX:MaxRAMPercentage=25", "-XX:MaxHeapFreeRatio=40", "-XX:MinHeapFreeRatio=10", \
            "-XX:SharedArchiveFile=/var/lib/orchard/orchard-jvm.jsa", "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off,cds+dynamic=off", \
            "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED", \
            "-jar", "/opt/orchard/orchard.jar"]
CMD ["run"]
