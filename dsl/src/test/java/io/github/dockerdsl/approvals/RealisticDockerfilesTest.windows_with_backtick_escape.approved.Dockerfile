# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS app
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
WORKDIR C:\app
ENV APP_HOME="C:\app"
COPY bin\app.exe C:\app\app.exe
RUN New-Item -ItemType Directory -Path C:\data `
    && Write-Host done
ENTRYPOINT ["C:\\app\\app.exe"]
