"""Generate the demo's pictures, video, audio, narration and captions on the fly.

Nothing binary is kept in the repository: images are drawn with Pillow and the video
is encoded by the ffmpeg binary that the imageio-ffmpeg wheel ships.
"""

import io
import subprocess
import tempfile
from pathlib import Path

import imageio_ffmpeg
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images.models import Image
from wagtailmedia.models import Media

VIDEO_SECONDS = 24
NARRATION_SECONDS = 6
PALETTE = [(0, 94, 132), (196, 90, 0), (46, 125, 50), (106, 27, 154), (173, 20, 87), (21, 101, 192)]


def picture(title, seed, size=(960, 540)):
    """A simple geometric illustration in the site's colours, saved as a Wagtail image."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    background, accent = PALETTE[seed % len(PALETTE)], PALETTE[(seed + 2) % len(PALETTE)]
    canvas = PillowImage.new("RGB", size, background)
    draw = ImageDraw.Draw(canvas)
    width, height = size
    draw.ellipse((width * 0.55, height * 0.15, width * 0.95, height * 0.85), fill=accent)
    draw.rounded_rectangle((width * 0.08, height * 0.2, width * 0.45, height * 0.8), 24, fill=(255, 255, 255))
    for row in range(4):
        top = height * (0.3 + row * 0.12)
        draw.rectangle((width * 0.12, top, width * (0.4 - row * 0.04), top + 18), fill=background)
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=82)
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"demo-{seed}.jpg"))


def _ffmpeg(*args):
    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", *args], check=True)


def video_and_audio(title, seed):
    """A short captioned demo video (H.264/AAC MP4) and its audio-only copy (AAC M4A)."""
    video = Media.objects.filter(title=title, type="video").first()
    audio = Media.objects.filter(title=f"{title} (chỉ có tiếng)", type="audio").first()
    if video and audio:
        return video, audio
    colour = "0x{:02x}{:02x}{:02x}".format(*PALETTE[seed % len(PALETTE)])
    with tempfile.TemporaryDirectory() as workdir:
        video_path, audio_path = Path(workdir, "video.mp4"), Path(workdir, "audio.m4a")
        _ffmpeg(
            "-f", "lavfi", "-i", f"color=c={colour}:size=480x270:rate=12:duration={VIDEO_SECONDS}",
            "-f", "lavfi", "-i", f"sine=frequency={330 + seed * 55}:duration={VIDEO_SECONDS}",
            "-vf", "drawbox=x='mod(t*40,420)':y=100:w=60:h=60:color=white@0.9:t=fill",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "34", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "48k", "-movflags", "+faststart", "-shortest", str(video_path),
        )  # fmt: skip
        _ffmpeg("-i", str(video_path), "-vn", "-c:a", "aac", "-b:a", "32k", str(audio_path))
        video = _media(title, "video", video_path, width=480, height=270)
        audio = _media(f"{title} (chỉ có tiếng)", "audio", audio_path)
    return video, audio


def narration(title, seed=0):
    """A placeholder for a narrator's recording of a guide step: a short soft tone (AAC M4A).

    Returns (media, created); nothing is generated when the title exists already.
    """
    existing = Media.objects.filter(title=title, type="audio").first()
    if existing:
        return existing, False
    with tempfile.TemporaryDirectory() as workdir:
        path = Path(workdir, "narration.m4a")
        _ffmpeg(
            "-f", "lavfi", "-i", f"sine=frequency={392 + seed * 49}:duration={NARRATION_SECONDS}",
            "-af", f"volume=0.3,afade=t=in:d=0.4,afade=t=out:st={NARRATION_SECONDS - 0.6}:d=0.6",
            "-ac", "1", "-c:a", "aac", "-b:a", "24k", str(path),
        )  # fmt: skip
        return _media(title, "audio", path, duration=NARRATION_SECONDS), True


def _media(title, media_type, path, duration=VIDEO_SECONDS, **dimensions):
    media = Media(title=title, type=media_type, duration=duration, **dimensions)
    media.file.save(f"{media_type}-{path.name}", ContentFile(path.read_bytes()), save=False)
    media.save()
    return media


def webvtt(cues):
    """WebVTT text from [start_seconds, end_seconds, text] cues."""

    def stamp(seconds):
        minutes, secs = divmod(seconds, 60)
        return f"00:{int(minutes):02d}:{secs:06.3f}"

    lines = ["WEBVTT", ""]
    for number, (start, end, text) in enumerate(cues, start=1):
        lines += [str(number), f"{stamp(start)} --> {stamp(end)}", text, ""]
    return "\n".join(lines)
