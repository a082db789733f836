"""Load the Vietnamese demo content. Idempotent: what already exists is left untouched."""

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from campaigns.demo import load_demo as load_campaign_demo
from core.locales import ensure_site_locales, mirror_new_page
from core.models import Topic
from core.richtext import plain_text_to_html
from demo.content.guides import GUIDES
from demo.content.lessons import COURSES
from demo.content.news import NEWS
from demo.content.topics import TOPICS
from demo.content.translations import (
    OUTDATED_PAGE,
    OUTDATED_SUMMARY_SUFFIX,
    SAMPLE_TRANSLATIONS,
    TRANSLATED_PAGES,
)
from demo.content.troubleshooting import TROUBLESHOOTING
from demo.content.videos import VIDEOS
from demo.media import narration, picture, video_and_audio, webvtt
from guides.importer import GuideImporter
from guides.models import GuideIndexPage, GuidePage, TroubleshootingTip
from home.models import HomePage
from kiosks.demo import load_demo as load_demo_kiosk
from lessons.models import CourseIndexPage, CoursePage, LessonPage
from news.models import NewsIndexPage, NewsPage
from videos.models import VideoCaption, VideoChapter, VideoGuidePage, VideoIndexPage

TOP_TASK_SLUGS = [
    "kich-hoat-vneid-muc-2",
    "dang-ky-khai-sinh-truc-tuyen",
    "gia-han-bhyt-ho-gia-dinh",
    "cap-doi-the-can-cuoc",
    "nhan-biet-phong-tranh-lua-dao",
    "cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau",
]


def ensure_child(parent, model, slug, **fields):
    """The child page with this slug, created and published (with a revision) if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    mirror_new_page(page)
    return page, True


def stream(block_type, values):
    return [{"type": block_type, "value": value} for value in values]


class Command(BaseCommand):
    help = "Nạp nội dung mẫu tiếng Việt (chạy lại không tạo trùng, không sửa gì đã có)."

    @transaction.atomic
    def handle(self, *args, **options):
        ensure_site_locales()
        self.locale = Locale.get_default()
        home = HomePage.objects.get(depth=2, locale=self.locale)
        self.topics = {item["slug"]: self.topic(item) for item in TOPICS}
        for item in TROUBLESHOOTING:
            TroubleshootingTip.objects.get_or_create(
                locale=self.locale,
                slug=item["slug"],
                defaults={
                    "title": item["title"],
                    "problem": item["problem"],
                    "solution": plain_text_to_html(item["solution"]),
                },
            )
        # The sections, in menu order.
        sections = {
            slug: ensure_child(home, model, slug, title=title, show_in_menus=True)[0]
            for model, slug, title in [
                (GuideIndexPage, "huong-dan", "Hướng dẫn thủ tục"),
                (CourseIndexPage, "khoa-hoc", "Khóa học kỹ năng số"),
                (VideoIndexPage, "video", "Video hướng dẫn"),
                (NewsIndexPage, "tin-tuc", "Tin tức"),
            ]
        }
        created = self.guides()
        self.narrated_step()
        videos = {item["slug"]: self.video(sections["video"], item) for item in VIDEOS}
        courses = [self.course(sections["khoa-hoc"], item, videos) for item in COURSES]
        for number, item in enumerate(NEWS):
            self.news(sections["tin-tuc"], item, number)
        self.home(home, courses)
        self.campaigns(home)
        load_demo_kiosk(self.locale)  # kiosks/demo.py: the kiosk at /kiosk/demo/
        translate_samples(self.locale)
        self.stdout.write(f"Nội dung mẫu đã sẵn sàng ({created} hướng dẫn mới).")

    def campaigns(self, home):
        """The movement: the 100-day campaign and its figures, sample communes, classes, teams."""
        load_campaign_demo(home, ensure_child)

    def topic(self, item):
        topic, _ = Topic.objects.get_or_create(
            locale=self.locale,
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "description": item["description"],
                "sort_order": TOPICS.index(item),
            },
        )
        return topic

    def guides(self):
        """Guides go through the bulk importer: the demo proves the import format."""
        existing = set(GuidePage.objects.filter(locale=self.locale).values_list("slug", flat=True))
        missing = [record for record in GUIDES if record["slug"] not in existing]
        if missing:
            GuideImporter(missing).run()
        return len(missing)

    def narrated_step(self):
        """Step 1 of one guide gets a recording to listen to: a generated tone, titled as a placeholder.

        Added once, together with the recording: an editor who removes it does not get it back.
        """
        guide = GuidePage.objects.filter(locale=self.locale, slug="kich-hoat-vneid-muc-2").first()
        first = next((block for block in guide.steps if block.block_type == "step"), None) if guide else None
        if first is None:
            return
        title = "Bản ghi âm mẫu — tiếng bíp thay giọng đọc, chưa phải lời đọc thật (Kích hoạt VNeID, bước 1)"
        recording, created = narration(title)
        if created and not first.value.get("audio"):
            first.value["audio"] = recording
            guide.save_revision().publish()

    def video(self, index, item):
        page = VideoGuidePage.objects.child_of(index).filter(slug=item["slug"]).first()
        if page:
            return page
        seed = VIDEOS.index(item)
        video, audio = video_and_audio(item["title"], seed)
        page, _ = ensure_child(
            index,
            VideoGuidePage,
            item["slug"],
            title=item["title"],
            summary=item["summary"],
            topic=self.topics[item["category"]],
            video=video,
            audio_version=audio,
            poster=picture(f"Ảnh bìa video: {item['title']}", seed + 3, size=(480, 270)),
            transcript=plain_text_to_html(item["transcript"]),
        )
        for language, cues in item["captions"].items():
            caption = VideoCaption(page=page, language=language, label="Tiếng Việt")
            caption.file.save(
                f"{item['slug']}.{language}.vtt", ContentFile(webvtt(cues).encode()), save=False
            )
            caption.save()
        for chapter in item["chapters"]:
            guide = GuidePage.objects.filter(locale=self.locale, slug=chapter.get("guide") or "").first()
            VideoChapter.objects.create(
                page=page,
                start=chapter["start"],
                title=chapter["title"],
                guide=guide,
                step_number=chapter.get("step") if guide else None,
            )
        page.save_revision().publish()
        return page

    def course(self, index, item, videos):
        course, _ = ensure_child(
            index,
            CoursePage,
            item["slug"],
            title=item["title"],
            summary=item["summary"],
            audience=item["audience"],
            level=item["level"],
            estimated_minutes=item["estimated_minutes"],
            topic=self.topics[item["category"]],
        )
        for lesson in item["lessons"]:
            ensure_child(
                course,
                LessonPage,
                lesson["slug"],
                title=lesson["title"],
                summary=lesson["summary"],
                objectives=stream("objective", lesson["objectives"]),
                body=stream("text", [plain_text_to_html(lesson["body"])]),
                practice=stream("step", lesson["practice"]),
                video=videos.get(lesson.get("video")),
                quiz=stream("question", [quiz_question(question) for question in lesson["quiz"]]),
            )
        return course

    def news(self, index, item, number):
        ensure_child(
            index,
            NewsPage,
            item["slug"],
            title=item["title"],
            date=item["date"],
            lead=item["lead"],
            hero_image=picture(f"Ảnh minh họa: {item['title']}", number),
            hero_caption=item["image_caption"],
            hero_credit=item["image_credit"],
            body=stream("text", [plain_text_to_html(item["body"])]),
            related_guides=stream("page", guide_ids(item["related"])),
            topics=[self.topics[slug] for slug in item["topics"]],
        )

    def home(self, home, courses):
        if home.top_tasks:  # editors have set it up already
            return
        home.intro = (
            "<p>Hướng dẫn từng bước làm thủ tục hành chính trực tuyến và học kỹ năng số — "
            "cho mọi người dân Đắk Lắk.</p>"
        )
        home.top_tasks = stream("page", guide_ids(TOP_TASK_SLUGS))
        home.featured_courses = stream("page", [course.pk for course in courses])
        home.save_revision().publish()


def guide_ids(slugs):
    pages = dict(GuidePage.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    return [pages[slug] for slug in slugs if slug in pages]


def quiz_question(question):
    return {
        "question": question["question"],
        "choices": [
            {"text": text, "is_correct": index == question["answer"]}
            for index, text in enumerate(question["choices"])
        ],
        "explanation": question["explanation"],
    }


def translate_samples(source_locale):
    """Translate a few pages into Ê Đê and J'rai the way a translator does (through a PO file),
    then change one source page so that its translations are out of date."""
    for code, strings in SAMPLE_TRANSLATIONS.items():
        locale = Locale.objects.get(language_code=code)
        for slug in TRANSLATED_PAGES:
            page = Page.objects.get(locale=source_locale, slug=slug).specific
            existing = page.get_translation_or_none(locale)
            if existing is not None and not existing.alias_of_id:
                continue  # translated already (by an earlier run, or by a translator)
            translate_object(page, [locale])
            translation = Translation.objects.get(
                source__object_id=page.translation_key, target_locale=locale
            )
            po = translation.export_po()
            for entry in po:
                entry.msgstr = strings.get(entry.msgid, "")
            translation.import_po(po)
            translation.save_target(publish=True)
    outdated = Page.objects.get(locale=source_locale, slug=OUTDATED_PAGE).specific
    if not outdated.summary.endswith(OUTDATED_SUMMARY_SUFFIX):
        outdated.summary += OUTDATED_SUMMARY_SUFFIX
        outdated.save_revision().publish()
