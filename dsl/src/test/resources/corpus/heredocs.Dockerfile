# syntax=docker/dockerfile:1.4
FROM ubuntu:24.04

# A script run by the default shell.
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends curl ca-certificates
rm -rf /var/lib/apt/lists/*
EOF

# An interpreter named after the marker, and a quoted delimiter: no expansion at build time.
RUN <<'EOT' bash
set -euo pipefail
echo "home is $HOME"
EOT

RUN python3 <<PYTHON
import sys
print("python", sys.version)
PYTHON

# Leading tabs are stripped with <<-.
RUN <<-INDENTED
	echo indented
	echo done
	INDENTED

# Two documents in one instruction.
RUN <<FILE1 cat > /etc/file1 && <<FILE2 cat > /etc/file2
first file
FILE1
second file
FILE2

# Inline files.
COPY <<EOF /etc/nginx/conf.d/default.conf
server {
    listen 80;
    location / {
        return 200 'ok';
    }
}
EOF

COPY --chmod=0755 <<"SCRIPT" /usr/local/bin/entrypoint.sh
#!/bin/sh
exec "$@"
SCRIPT

# ADD takes inline documents too.
ADD --chmod=0644 <<MOTD /etc/motd
Welcome.
MOTD

ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
CMD ["nginx", "-g", "daemon off;"]
