// The plugins' versions, applied where they are needed.
plugins {
    id("org.springframework.boot") version "3.5.7" apply false
    id("io.spring.dependency-management") version "1.1.7" apply false
}

allprojects {
    group = "example.dockerdsl"
    version = "0.3.0"
    repositories {
        mavenCentral()
    }
}
